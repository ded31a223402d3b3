import { createServer } from 'vite';
import { locateDeck } from '../io/source.js';
import { buildFromLocation } from '../pipeline.js';
import { deckViteConfig } from '../vite/config.js';
import { cliDeckOptions, type DeckFlags } from './shared.js';

/** `briefdeck dev`: the Vite dev server with the deck; edits to the essay or deck.yaml update the open page in place. */
export async function devCommand(source: string | undefined, flags: DeckFlags & { port: number; host: string }): Promise<void> {
  const location = locateDeck(source);
  const cli = cliDeckOptions(flags);
  buildFromLocation(location, cli); // fail fast, before a server starts, on a bad essay or option
  const config = deckViteConfig({ source: location.deckDir ?? location.essayPath, cli });
  const server = await createServer({ ...config, logLevel: 'info', server: { ...config.server, host: flags.host, port: flags.port } });
  await server.listen();
  server.printUrls();
  if (!/^(?:127\.\d+\.\d+\.\d+|localhost|::1|\[::1\])$/.test(flags.host)) {
    process.stderr.write(
      `briefdeck: warning: --host ${flags.host} serves the deck to other machines on the network: they can read it, and reorder it (which writes deck.yaml). Use --host 127.0.0.1 to keep it to this machine.\n`,
    );
  }
  process.stdout.write(
    `briefdeck: serving ${location.essayPath}; edit it or deck.yaml and the page updates; press O in the page to drag slides into a new order. Ctrl-C stops.\n`,
  );
}
