// Which frames may call main over IPC: only the top frame of our own renderer, loaded from the built index.html
// (file://) or, in development, from electron-vite's dev server origin. Any other page that somehow ends up in a
// window (navigation is blocked, but defence in depth) gets its commands refused.
import { pathToFileURL } from 'node:url';

export interface TrustedRendererConfig {
  /** Absolute path of the built renderer's index.html. */
  readonly indexHtmlPath: string;
  /** electron-vite's dev server URL (ELECTRON_RENDERER_URL), only when running unpackaged in development. */
  readonly devServerUrl?: string;
}

export function createRendererCheck(config: TrustedRendererConfig): (frameUrl: string) => boolean {
  const fileHref = pathToFileURL(config.indexHtmlPath).href;
  const devOrigin = config.devServerUrl ? new URL(config.devServerUrl).origin : null;
  return (frameUrl) => {
    let url: URL;
    try {
      url = new URL(frameUrl);
    } catch {
      return false;
    }
    if (url.protocol === 'file:') {
      url.hash = '';
      url.search = '';
      return url.href === fileHref;
    }
    return devOrigin !== null && url.origin === devOrigin;
  };
}
