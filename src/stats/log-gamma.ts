// ln Gamma(x) for x > 0 by the Lanczos approximation (g = 7, 9 terms; Press et al., Numerical
// Recipes): relative error below 1e-14, enough for the Student-t likelihood.

const G = 7;
const C = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

export function logGamma(x: number): number {
  // Reflection keeps the series on x >= 0.5.
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const y = x - 1;
  let a = C[0];
  const t = y + G + 0.5;
  for (let i = 1; i < G + 2; i++) a += C[i] / (y + i);
  return HALF_LOG_TWO_PI + (y + 0.5) * Math.log(t) - t + Math.log(a);
}
