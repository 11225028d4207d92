declare namespace App {
  interface Locals {
    /** The official signed in, on workspace pages (src/middleware.ts). */
    session?: import('../db/queries/official-sessions.ts').SessionOfficial;
  }
}
