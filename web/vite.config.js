import { defineConfig } from "vite";

// The page is built into the web server's wwwroot; asset names are content-hashed.
export default defineConfig({
  base: "/",
  build: {
    outDir: "../src/Dyad.Web/wwwroot",
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
});
