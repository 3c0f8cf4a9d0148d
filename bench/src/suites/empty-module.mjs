// Intentionally empty: the baseline of the import suite (cold-import.ts).
export {}
