// `attache/api`: the HTTP API and dashboard (issue #6) — a Hono app over a store, and a server for it.
export { createApp, type AppOptions } from './app.js';
export { startServer, type Server } from './server.js';
