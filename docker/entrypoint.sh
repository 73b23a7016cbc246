#!/bin/sh
# Migrates before starting, so a new release never runs against an old schema.
# `api` (default) serves HTTP and the web app; `worker` runs the queue processors; `migrate` only migrates.
set -e
node dist/apps/api/migrate.js
case "${1:-api}" in
  api) exec node dist/apps/api/main.js ;;
  worker) exec node dist/apps/worker/main.js ;;
  migrate) exit 0 ;;
  seed-demo) exec node dist/apps/api/seed.js ;;
  *) exec "$@" ;;
esac
