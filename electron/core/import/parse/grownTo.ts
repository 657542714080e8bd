/** Byte flags that grow as ids come: doubled until `index` fits, the old flags kept. */
export function grownTo(bytes: Uint8Array, index: number): Uint8Array {
  let size = bytes.length * 2;
  while (size <= index) size *= 2;
  const grown = new Uint8Array(size);
  grown.set(bytes);
  return grown;
}
