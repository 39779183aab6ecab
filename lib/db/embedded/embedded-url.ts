/** The connection URL of an embedded server: user `postgres`, its password, no TLS (loopback only). */
export function embeddedUrl(port: number, password: string): string {
  return `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres?sslmode=disable`;
}
