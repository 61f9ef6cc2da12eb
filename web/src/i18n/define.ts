/**
 * A feature's messages: Chinese (the default, and the contract) and English, which must
 * provide exactly the same keys — a missing or extra English key is a type error.
 */
export function defineMessages<const Z extends Record<string, string>>(m: {
  zh: Z;
  en: { [K in keyof Z]: string };
}) {
  return m;
}
