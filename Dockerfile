# Chorus in one image: the API, which also serves the built portal. PostgreSQL runs beside it
# (docker-compose.yml); the embedded database is for development and tests only.
FROM node:20-bookworm-slim AS build
RUN npm install -g pnpm@10
WORKDIR /app
COPY pnpm-workspace.yaml pnpm-lock.yaml package.json ./
COPY db/package.json db/
COPY api/package.json api/
COPY web/package.json web/
COPY test/package.json test/
RUN pnpm install --frozen-lockfile
COPY . .
RUN pnpm --filter @chorus/web build

FROM node:20-bookworm-slim
RUN npm install -g pnpm@10
WORKDIR /app
ENV NODE_ENV=production PORT=4000 CHORUS_DEMO=off
COPY --from=build --chown=node:node /app /app
USER node
EXPOSE 4000
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||4000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# tsx, loaded into node, runs the TypeScript sources as they are; node itself receives SIGTERM
WORKDIR /app/api
CMD ["node", "--import", "tsx", "src/main.ts"]
