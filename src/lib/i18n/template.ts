declare const blanks: unique symbol;

/**
 * A message with named blanks written `{name}`. Unlike a message function it is plain text, so it
 * can be sent to an island as a prop (functions do not survive the trip to the browser); its
 * blanks' names are part of its type, so `fill` asks for exactly those.
 */
export type Template<Blank extends string> = string & { readonly [blanks]?: Blank };

/**
 * Declares a message's blanks, in the Vietnamese catalogue (which gives every language its type).
 *
 * @example under: template<'campaign'>('Theo: {campaign}')
 */
export function template<Blank extends string>(text: string): Template<Blank> {
  return text;
}

/**
 * A template with its blanks filled in; a blank without a value stays as written.
 *
 * @example fill(t.selfCheck.under, { campaign: 'Đức Thọ 2025' }) // 'Theo: Đức Thọ 2025'
 */
export function fill<Blank extends string>(text: Template<Blank>, values: Record<NoInfer<Blank>, string>): string {
  return text.replace(/\{(\w+)\}/g, (blank, name: string) =>
    Object.hasOwn(values, name) ? values[name as Blank] : blank,
  );
}
