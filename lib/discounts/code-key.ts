/** How codes are compared: case-insensitively, surrounding spaces ignored ("spring25 " is SPRING25). */
export function codeKey(code: string): string {
  return code.trim().toUpperCase();
}
