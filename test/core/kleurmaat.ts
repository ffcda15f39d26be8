/**
 * Colour measures for the tests of the add-in's colours: CIEDE2000 (Sharma, Wu and Dalal 2005),
 * WCAG 2 contrast, and the greyscale a printer makes of a colour.
 */
type Rgb = readonly [number, number, number];

export function rgb(hex: string): Rgb {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`geen kleur: ${hex}`);
  return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
}

function lineair(kanaal: number): number {
  const c = kanaal / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance. */
export function luminantie(hex: string): number {
  const [r, g, b] = rgb(hex).map(lineair) as unknown as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [l1, l2] = [luminantie(a), luminantie(b)].sort((x, y) => y - x) as [number, number];
  return (l1 + 0.05) / (l2 + 0.05);
}

/** CIE L*a*b* under D65. */
export function lab(hex: string): Rgb {
  const [r, g, b] = rgb(hex).map(lineair) as unknown as Rgb;
  const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
  const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** The lightness a greyscale print gives a colour (L* of its luminance). */
export function grijswaarde(hex: string): number {
  return lab(hex)[0];
}

const rad = (deg: number) => (deg * Math.PI) / 180;
const deg = (r: number) => (r * 180) / Math.PI;

export function ciede2000(lab1: Rgb, lab2: Rgb): number {
  const [L1, a1, b1] = lab1;
  const [L2, a2, b2] = lab2;
  const C1 = Math.hypot(a1, b1);
  const C2 = Math.hypot(a2, b2);
  const Cgem = (C1 + C2) / 2;
  const G = 0.5 * (1 - Math.sqrt(Cgem ** 7 / (Cgem ** 7 + 25 ** 7)));
  const a1p = (1 + G) * a1;
  const a2p = (1 + G) * a2;
  const C1p = Math.hypot(a1p, b1);
  const C2p = Math.hypot(a2p, b2);
  const hoek = (b: number, a: number) => (b === 0 && a === 0 ? 0 : (deg(Math.atan2(b, a)) + 360) % 360);
  const h1p = hoek(b1, a1p);
  const h2p = hoek(b2, a2p);
  const dLp = L2 - L1;
  const dCp = C2p - C1p;
  let dhp = 0;
  if (C1p * C2p !== 0) {
    dhp = h2p - h1p;
    if (dhp > 180) dhp -= 360;
    else if (dhp < -180) dhp += 360;
  }
  const dHp = 2 * Math.sqrt(C1p * C2p) * Math.sin(rad(dhp / 2));
  const Lgem = (L1 + L2) / 2;
  const Cpgem = (C1p + C2p) / 2;
  let hpgem = h1p + h2p;
  if (C1p * C2p !== 0) {
    if (Math.abs(h1p - h2p) <= 180) hpgem = (h1p + h2p) / 2;
    else hpgem = h1p + h2p < 360 ? (h1p + h2p + 360) / 2 : (h1p + h2p - 360) / 2;
  }
  const T =
    1 -
    0.17 * Math.cos(rad(hpgem - 30)) +
    0.24 * Math.cos(rad(2 * hpgem)) +
    0.32 * Math.cos(rad(3 * hpgem + 6)) -
    0.2 * Math.cos(rad(4 * hpgem - 63));
  const dTheta = 30 * Math.exp(-(((hpgem - 275) / 25) ** 2));
  const RC = 2 * Math.sqrt(Cpgem ** 7 / (Cpgem ** 7 + 25 ** 7));
  const SL = 1 + (0.015 * (Lgem - 50) ** 2) / Math.sqrt(20 + (Lgem - 50) ** 2);
  const SC = 1 + 0.045 * Cpgem;
  const SH = 1 + 0.015 * Cpgem * T;
  const RT = -Math.sin(rad(2 * dTheta)) * RC;
  return Math.sqrt((dLp / SL) ** 2 + (dCp / SC) ** 2 + (dHp / SH) ** 2 + RT * (dCp / SC) * (dHp / SH));
}

export function kleurverschil(a: string, b: string): number {
  return ciede2000(lab(a), lab(b));
}
