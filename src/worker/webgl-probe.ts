// Asks the browser whether WebGL exists here and whether a GPU or a CPU rasteriser draws it.

import type { WebglReport } from '../contracts/protocol';

const SOFTWARE_RENDERERS = /swiftshader|llvmpipe|softpipe|software|basic render/i;

/** True when a renderer string names a CPU rasteriser (WebGL then works, but slowly). */
export function isSoftwareRenderer(renderer: string): boolean {
  return SOFTWARE_RENDERERS.test(renderer);
}

/** Opens a throwaway WebGL context (OffscreenCanvas works in a worker) and reads its renderer. */
export function probeWebgl(): WebglReport {
  if (typeof OffscreenCanvas === 'undefined') return { available: false, renderer: null, softwareRendered: false };
  let context: WebGL2RenderingContext | WebGLRenderingContext | null = null;
  try {
    const canvas = new OffscreenCanvas(1, 1);
    context = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
  } catch {
    context = null;
  }
  if (!context) return { available: false, renderer: null, softwareRendered: false };
  const debugInfo = context.getExtension('WEBGL_debug_renderer_info');
  const renderer = String(context.getParameter(debugInfo ? debugInfo.UNMASKED_RENDERER_WEBGL : context.RENDERER) ?? '');
  context.getExtension('WEBGL_lose_context')?.loseContext();
  return { available: true, renderer: renderer || null, softwareRendered: isSoftwareRenderer(renderer) };
}
