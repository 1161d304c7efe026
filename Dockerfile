# syntax=docker/dockerfile:1
# Ramparts: one image for the web app, the scan worker and the one-shot migration.
#
#   docker build -t ramparts .
#   web (default):  node --conditions=react-server --import tsx scripts/serve.ts start
#   worker:         node --conditions=react-server --import tsx scripts/worker.ts
#   migrations:     node --import tsx scripts/db-migrate.ts
#
# The commands are those of `npm start`, `npm run worker` and `npm run db:migrate` (package.json),
# run by node itself: npm is not in the final image, and node as PID 1 receives SIGTERM directly.
# The final image runs as UID/GID 10001, holds no compiler, package manager or dev dependency,
# and works with a read-only root filesystem when /tmp and /app/.next/cache are writable
# (tmpfs in docker-compose.yml, emptyDir volumes in deploy/kubernetes/).
# Pin the base image by digest in your own builds (node:22-bookworm-slim@sha256:…).
ARG NODE_IMAGE=node:22-bookworm-slim

# ---- build: every dependency, the Prisma client, the Next.js production build -------------------
FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1
COPY package.json package-lock.json ./
# The root postinstall generates the Prisma client: it needs its script, lib/env.ts and the schema.
COPY scripts ./scripts
COPY lib ./lib
COPY prisma ./prisma
COPY prisma.config.ts tsconfig.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx next build

# ---- runtime dependencies only: no devDependencies, no install scripts -------------------------
FROM ${NODE_IMAGE} AS runtime-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force

# ---- final image ---------------------------------------------------------------------------------
FROM ${NODE_IMAGE}
# No package manager at run time: nothing here installs or builds anything.
RUN rm -rf /usr/local/lib/node_modules/npm /usr/local/lib/node_modules/corepack \
      /usr/local/bin/npm /usr/local/bin/npx /usr/local/bin/corepack /opt/yarn-* /usr/local/bin/yarn /usr/local/bin/yarnpkg \
 && groupadd --system --gid 10001 ramparts \
 && useradd --system --uid 10001 --gid 10001 --home-dir /nonexistent --no-create-home --shell /usr/sbin/nologin ramparts
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    HOSTNAME=0.0.0.0 \
    TMPDIR=/tmp
# Owned by root and not writable by the app user: the code cannot be changed by the process running it.
COPY --from=runtime-deps /app/node_modules ./node_modules
COPY --from=build /app/prisma/generated ./prisma/generated
COPY --from=build /app/.next ./.next
COPY package.json next.config.js tsconfig.json ./
COPY lib ./lib
COPY scripts ./scripts
COPY prisma/schema.prisma ./prisma/schema.prisma
COPY prisma/migrations ./prisma/migrations
COPY bin ./bin
# Served by /api/rbac/ramparts-reader.yaml.
COPY deploy/rbac ./deploy/rbac
# Next.js writes its image and fetch caches under .next/cache: the one writable place under /app
# (mount a tmpfs or an emptyDir there when the root filesystem is read-only).
RUN rm -rf .next/cache && mkdir -p .next/cache && chown 10001:10001 .next/cache
USER 10001:10001
EXPOSE 3000
# The worker has no HTTP server: docker-compose.yml and the Kubernetes probes give it its own check.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "--conditions=react-server", "--import", "tsx", "scripts/serve.ts", "start"]
