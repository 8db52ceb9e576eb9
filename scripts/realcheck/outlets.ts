/** SaudiNewsNet's source keys → the outlet's Arabic name and its domain; ANT's one source. */

export interface Outlet {
  readonly name: string
  readonly domain: string
}

export const SAUDI_OUTLETS: Readonly<Record<string, Outlet>> = {
  aawsat: { name: 'الشرق الأوسط', domain: 'aawsat.com' },
  alriyadh: { name: 'الرياض', domain: 'alriyadh.com' },
  aljazirah: { name: 'الجزيرة', domain: 'al-jazirah.com' },
  alyaum: { name: 'اليوم', domain: 'alyaum.com' },
  aleqtisadiya: { name: 'الاقتصادية', domain: 'aleqt.com' },
  okaz: { name: 'عكاظ', domain: 'okaz.com.sa' },
  alwatan: { name: 'الوطن', domain: 'alwatan.com.sa' },
  almadina: { name: 'المدينة', domain: 'al-madina.com' },
  alweeam: { name: 'الوئام', domain: 'alweeam.com.sa' },
  '3alyoum': { name: 'عين اليوم', domain: '3alyoum.com' },
  sabq: { name: 'سبق', domain: 'sabq.org' },
  was: { name: 'واس', domain: 'spa.gov.sa' },
  arreyadi: { name: 'الرياضي', domain: 'arreyadi.com.sa' },
  arriyadiyah: { name: 'الرياضية', domain: 'arriyadiyah.com' },
}

export const ANT_OUTLET: Outlet = { name: 'جوهرة أف أم', domain: 'jawharafm.net' }
