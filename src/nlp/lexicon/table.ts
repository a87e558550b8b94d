/**
 * Word tables without a prototype. Looked up with any word of an article, a plain object answers for
 * "constructor", "toString" or "__proto__" with Object.prototype's members (a function where a
 * string or number was expected, and `in` is true); a table made here has only the keys it lists.
 */
export function wordTable<T>(entries: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}
