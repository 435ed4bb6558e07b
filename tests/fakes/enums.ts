/** Apps Script enums are objects whose members print as their own name; strings model that closely. */
export function enumOf<K extends string>(...names: K[]): Readonly<{ [P in K]: P }> {
  const out = {} as { [P in K]: P };
  for (const name of names) out[name] = name;
  return Object.freeze(out);
}
