# Ramparts web image (the worker runs the same image with `npm run worker`).
# A hardened multi-stage build with a non-root user comes with the deployment issue (#9).
FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY scripts ./scripts
COPY lib ./lib
COPY prisma ./prisma
COPY prisma.config.ts tsconfig.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx next build

FROM node:22-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app /app
USER node
EXPOSE 3000
CMD ["npm", "start"]
