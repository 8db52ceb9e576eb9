import { splitLatinRuns } from '@/lib/latinRuns.ts'

/** Article text with each Latin run (name, number, date, URL) isolated left to right. */
export function BidiText({ text }: { text: string }) {
  return (
    <>
      {splitLatinRuns(text).map((part, index) =>
        part.latin ? (
          <bdi key={index} dir="ltr">
            {part.text}
          </bdi>
        ) : (
          part.text
        ),
      )}
    </>
  )
}
