/**
 * Tagged template for API paths: every interpolated value is URI-encoded, literal parts are kept as written.
 *   path`/audits/${id}` -> "/audits/QXVkaXQ6MTIz"
 */
export function path(strings: TemplateStringsArray, ...values: Array<string | number>): string {
  return strings.reduce((out, part, i) => {
    const value = i < values.length ? encodeURIComponent(String(values[i])) : '';
    return out + part + value;
  }, '');
}
