// Numbers, dates and money as the reader's language writes them (Intl), dates in China Standard
// Time, where the data was recorded.
import type { BriefingLanguage } from './types.ts';

const TIME_ZONE = 'Asia/Shanghai';

export interface Formatter {
  int(n: number): string;
  dec(n: number, digits: number): string;
  pct(share: number): string;
  date(ms: number): string;
  month(ms: number): string;
  money(value: number, currency?: string | null): string;
}

export function formatter(language: BriefingLanguage): Formatter {
  const int = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
  const pct = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
  const date = new Intl.DateTimeFormat(language, {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  });
  const month = new Intl.DateTimeFormat(language, { timeZone: TIME_ZONE, year: 'numeric', month: 'long' });
  const decs = new Map<number, Intl.NumberFormat>();
  const monies = new Map<string, Intl.NumberFormat>();
  return {
    int: (n) => int.format(n),
    dec: (n, digits) => {
      let f = decs.get(digits);
      if (!f) {
        f = new Intl.NumberFormat(language, { minimumFractionDigits: digits, maximumFractionDigits: digits });
        decs.set(digits, f);
      }
      return f.format(n);
    },
    pct: (share) => pct.format(share),
    date: (ms) => date.format(ms),
    month: (ms) => month.format(ms),
    money: (value, currency) => {
      const c = currency && /^[A-Z]{3}$/.test(currency) ? currency : 'CNY';
      const key = `${c}:${value >= 1e6}`;
      let f = monies.get(key);
      if (!f) {
        f = new Intl.NumberFormat(language, {
          style: 'currency',
          currency: c,
          currencyDisplay: c === 'CNY' && language === 'zh-CN' ? 'symbol' : 'code',
          notation: value >= 1e6 ? 'compact' : 'standard',
          maximumFractionDigits: value >= 1e6 ? 1 : 0,
        });
        monies.set(key, f);
      }
      return f.format(value);
    },
  };
}
