/**
 * Page furniture: the words a page wraps around its article. Pools with different wordings:
 * pools A and C–K wrap the `tune` half (page by page in turn), pool B the `held` half, so the held
 * figures measure wordings the parser was never tuned on.
 */
import type { DateParts } from '../dates.ts'

/** A dateline opening the first paragraph; `withOutlet` says whether it names the outlet. */
export interface DatelineForm {
  readonly render: (place: string, outlet: string) => string
  readonly withOutlet: boolean
}

export interface FurniturePool {
  readonly name: 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H' | 'I' | 'J' | 'K'
  readonly places: readonly string[]
  /** Made-up person names for bylines and author blocks. */
  readonly authors: readonly string[]
  readonly datelines: readonly DatelineForm[]
  /** Date lines in Arabic, as the seed's second date line. */
  readonly arabicDates: ReadonlyArray<(date: DateParts) => string>
  readonly credits: ReadonlyArray<(outlet: string) => string>
  readonly disclaimers: ReadonlyArray<(outlet: string) => string>
  readonly authorBlocks: ReadonlyArray<(name: string) => string>
  readonly sourceLines: ReadonlyArray<(outlet: string) => string>
  readonly keywordHeaders: readonly string[]
  readonly readAlsoHeaders: readonly string[]
  /** App, Telegram, WhatsApp and social promos naming an outlet. */
  readonly promos: ReadonlyArray<(outlet: string) => string>
  /** Outlets whose promos close embedded articles (the embedded article's outlet). */
  readonly promoOutlets: readonly string[]
  // Web pages saved as text
  readonly menus: ReadonlyArray<readonly string[]>
  readonly searchHelp: ReadonlyArray<readonly string[]>
  readonly shareBars: ReadonlyArray<readonly string[]>
  /** Publication stamps: the article's date as the page prints it. */
  readonly stamps: ReadonlyArray<(date: DateParts) => string>
  /** "Last updated" stamps, printed beside the publication stamp (a later date). */
  readonly updateStamps: ReadonlyArray<(date: DateParts) => string>
  readonly breadcrumbs: ReadonlyArray<(section: string) => string>
  readonly sections: readonly string[]
  readonly kickers: readonly string[]
  readonly bylines: ReadonlyArray<(name: string, outlet: string) => string>
  readonly relatedHeaders: readonly string[]
  readonly commentPrompts: ReadonlyArray<readonly string[]>
  readonly captions: readonly string[]
  readonly footers: ReadonlyArray<(outlet: string, year: number) => readonly string[]>
  /** HTML templates: class names and labels of the page chrome. */
  readonly html: {
    readonly navLabels: ReadonlyArray<readonly string[]>
    readonly shareLabel: readonly string[]
    readonly relatedLabel: readonly string[]
    readonly articleClass: readonly string[]
  }
}
