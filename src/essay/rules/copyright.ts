import type { BlockRule } from './types.js';

/**
 * The same footer's links and rights notice in the other languages the deck speaks: "Datenschutzerklärung",
 * "Impressum", "Mentions légales", "Política de privacidad", "Tous droits réservés". (Not "Datenschutz" alone:
 * an essay on data protection may head a part with it.)
 */
const LEGAL_ELSEWHERE =
  /^(?:datenschutz(?:erklärung|hinweise|richtlinie|bestimmungen)|impressum|nutzungsbedingungen|mentions légales|politique de confidentialité|conditions générales d['’](?:utilisation|usage)|conditions générales de vente|aviso legal|política de (?:privacidad|privacidade|cookies)|términos y condiciones|informativa (?:sulla )?privacy|note legali|termos (?:de uso|e condições)|privacyverklaring|privacybeleid|algemene voorwaarden)$|\b(?:alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados|alle rechten voorbehouden)\b/i;

/** A site's footer on how it is made: "Powered by Hugo, a customized PaperMod theme, …", "Proudly powered by WordPress". */
const SITE_MAKING = /^(?:proudly\s+)?powered by\s+\S/i;
/** A licence's name and the year, as a footer prints them: "CC-BY-SA-4.0 - 2025", "CC BY 4.0 · 2021". */
const LICENCE_AND_YEAR = /^CC[-\s]BY(?:[-\s](?:SA|NC|ND))*(?:[-\s]\d\.\d)?\s*[-–—·|]\s*(?:19|20)\d\d$/i;

/**
 * The writer's leave to reuse the piece, a note on the page, not its argument: "You are allowed to adapt this text for your
 * purposes. If you do, please state:", "Feel free to republish this article under …".
 */
const REUSE_LEAVE =
  /^(?:you are (?:allowed|free|welcome|permitted)|(?:please )?feel free|you may|you can)\s+to\s+(?:adapt|reuse|re-use|republish|reproduce|repost|share|copy|translate|use)\s+this\s+(?:text|post|article|piece|essay|letter|email|e-mail|content|work)\b/i;

/**
 * A site's licence notice, saying the page is under a licence: "These blog posts by their respective authors are licensed under
 * a Creative Commons Attribution-NonCommercial 4.0 International License." (Not a sentence on some data's licence: its subject
 * is the page, the post, the site's content.)
 */
const LICENCE_NOTICE =
  /^(?:this|these|all|the)\s+(?:[\w-]+\s+){0,2}?(?:works?|posts?|blog(?:\s+posts)?|site|website|content|articles?|text|essays?|pages?)\b[^.]{0,60}?\b(?:is|are)\s+(?:licen[sc]ed|available|published|released)\s+under\b/i;

/** Copyright and legal footers. */
export const copyright: BlockRule = {
  name: 'copyright',
  test(block, { words }) {
    // "CBS Sports is a registered trademark of CBS Broadcasting Inc. …": a legal footer of up to 80 words (counted before the scan).
    if (
      words <= 80 &&
      /\bis an? (?:registered )?(?:trademark|service mark)s? of\b|\bare (?:registered )?trademarks of\b/i.test(block.plain)
    )
      return { kind: 'chrome', reason: 'copyright' };
    if (words > 30) return null;
    return /^(©|\(c\)\s|copyright\b)|\ball rights reserved\b|^(privacy policy|terms of (use|service))\b/i.test(block.plain) ||
      LEGAL_ELSEWHERE.test(block.plain.trim()) ||
      SITE_MAKING.test(block.plain.trim()) ||
      LICENCE_AND_YEAR.test(block.plain.trim()) ||
      REUSE_LEAVE.test(block.plain.trim()) ||
      LICENCE_NOTICE.test(block.plain.trim())
      ? { kind: 'chrome', reason: 'copyright' }
      : null;
  },
};
