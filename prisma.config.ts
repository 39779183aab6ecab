import { defineConfig } from 'prisma/config';

// Used by the standard Prisma CLI (teams with internet access can run `prisma migrate deploy`).
// Tillpoint's own offline commands are `npm run db:migrate` and `npm run db:migration -- <name>`.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? '' },
});
