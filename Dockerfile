# syntax=docker/dockerfile:1
# Build stage: full install (TypeScript, tsc-alias) and compile to dist/.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund
COPY tsconfig.base.json tsconfig.build.json nest-cli.json ./
COPY scripts ./scripts
COPY apps ./apps
COPY libs ./libs
RUN npm run build

# Runtime stage: production dependencies and the compiled code only. The image's own Node 24 runs
# it, so the pinned `node` devDependency is not needed here.
FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production
# Bounded V8 heap: live data is ~50 MB, and without a bound the heap grows lazily to ~300 MB RSS under load.
ENV NODE_OPTIONS="--max-old-space-size=160 --max-semi-space-size=8"
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install --omit=dev --no-audit --no-fund --ignore-scripts && npm cache clean --force
COPY --from=build /app/dist ./dist
# Call recordings (RECORDINGS_DIR); docker-compose mounts one volume here for the API and the worker.
RUN mkdir -p /app/var/recordings && chown node:node /app/var/recordings
USER node
EXPOSE 3000
# The same image runs the API (default), the worker or the migrations, per docker-compose.yml.
CMD ["node", "dist/apps/api/src/main.js"]
