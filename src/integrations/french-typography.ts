/**
 * Markdown plugin (Sätteri, Astro's Markdown processor): applies French spacing rules to every text node
 * of a lesson, including text inside components; code is left alone.
 */
import { frenchSpacing } from '../domain/text/typography';

interface TextNode {
  type: 'text';
  value: string;
}
interface Context {
  replaceNode(node: TextNode, replacement: TextNode): void;
}

export const frenchTypography = {
  name: 'parcours-french-typography',
  text(node: TextNode, ctx: Context) {
    const value = frenchSpacing(node.value);
    if (value !== node.value) ctx.replaceNode(node, { type: 'text', value });
  },
};
