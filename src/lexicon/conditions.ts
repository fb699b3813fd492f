/** Words that open a reported condition: "said if elected he would", "warned unless the wall is built". */
export const CONDITIONS: ReadonlySet<string> = new Set(['if', 'unless']);
