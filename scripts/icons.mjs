// Renders the app icons (public/icons/*.png) from the site's mark, the warning sign of
// public/favicon.svg. Run after changing the mark: `node scripts/icons.mjs`; the PNGs are committed.
// sharp comes with Astro (its image service).
import sharp from 'sharp';

const out = new URL('../public/icons/', import.meta.url);
const RED = '#b3261e';
const SIGN = 'M12 4 4 19h16L12 4Zm-1 5h2v5h-2V9Zm0 6h2v2h-2v-2Z';

// "any": the favicon's rounded square. "maskable": full bleed, the sign shrunk into the central
// safe circle (40 % of the size) that every launcher mask keeps.
const any = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><rect width="24" height="24" rx="5" fill="${RED}"/><path fill="#fff" d="${SIGN}"/></svg>`;
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><rect width="24" height="24" fill="${RED}"/><g transform="translate(12 12) scale(.72) translate(-12 -11.5)"><path fill="#fff" d="${SIGN}"/></g></svg>`;

const render = (svg, size, name) =>
  sharp(Buffer.from(svg), { density: (72 * size) / 24 })
    .resize(size, size)
    .png({ compressionLevel: 9, palette: true })
    .toFile(new URL(name, out).pathname);

await render(any, 192, 'icon-192.png');
await render(any, 512, 'icon-512.png');
await render(maskable, 512, 'maskable-512.png');
await render(maskable, 180, 'apple-touch-icon.png');
console.log('icons written to public/icons/');
