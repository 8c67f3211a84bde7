/** The colours a text renderer may use; a chalk instance fits, and plain output passes identity functions. */
export interface TextStyle {
  bold: (text: string) => string;
  dim: (text: string) => string;
  green: (text: string) => string;
  yellow: (text: string) => string;
}

/** No colour at all. */
export const PLAIN_STYLE: TextStyle = { bold: (t) => t, dim: (t) => t, green: (t) => t, yellow: (t) => t };
