// What the server-side session record holds (sessions live in PostgreSQL; the cookie carries only the id).
declare module 'express-session' {
  interface SessionData {
    userId?: string;
  }
}

export {};
