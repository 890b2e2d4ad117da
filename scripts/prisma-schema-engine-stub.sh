#!/bin/sh
# Stands in for Prisma's native schema engine, which cannot be downloaded on
# these machines. `prisma generate`, `validate` and `format` only need the file
# to exist; anything that really calls the engine ends here.
# Migrations go through the WebAssembly engine instead: docs/decisions/001.
# The CLI reads the engine's stderr as JSON log lines after the first line, so
# the message is printed both ways.
message='The native Prisma schema engine is not available here: use npm run db:migrate, db:deploy, db:status or db:reset (scripts/migrate.ts).'
echo "$message" >&2
printf '{"level":"ERROR","target":"schema_engine::logger","fields":{"message":"%s"}}\n' "$message" >&2
exit 1
