// How the page, the store and the presets reach the agent kinds: their tfjs-free descriptions only.
export * from '../agents/kinds/descriptions';
