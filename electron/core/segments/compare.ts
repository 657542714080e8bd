/** The comparison operators of orders conditions and numbers, on plain numbers. */
type NumberComparison = '=' | '!=' | '>' | '>=' | '<' | '<=';

export function compareNumbers(left: number, op: NumberComparison, right: number): boolean {
  switch (op) {
    case '=':
      return left === right;
    case '!=':
      return left !== right;
    case '>':
      return left > right;
    case '>=':
      return left >= right;
    case '<':
      return left < right;
    case '<=':
      return left <= right;
  }
}
