/**
 * The attestation as a one-page A4 PDF, drawn with pdf-lib (loaded only when the learner asks for the PDF:
 * the page itself stays within its JavaScript budget). Text uses the standard Helvetica fonts, whose
 * WinAnsi encoding covers French (é, è, ç, œ, «, », €…); the few characters it lacks (narrow no-break space,
 * superscript letters) are mapped to their nearest WinAnsi form before drawing.
 */
// pdf-lib's self-contained ES bundle (see src/types/pdf-lib-bundle.d.ts): nothing of it reaches the chunks
// other pages share.
import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib/dist/pdf-lib.esm.min.js';
import { dateFr, durationFr, periodFr, siretFr, type AttestationData } from './data';

/** A4 in PDF points. */
export const A4 = { width: 595.28, height: 841.89 };

const MAP: Record<string, string> = {
  '\u202f': '\u00a0', // narrow no-break space → no-break space
  '\u2009': ' ',
  '\u2011': '-',
  '\u2010': '-',
  '\u1d49': 'e', // ᵉ
  '\u02b3': 'r', // ʳ
  '\u2212': '-',
  '\u2192': '->',
  '\u2264': '<=',
  '\u2265': '>=',
};

/** Text drawable with a WinAnsi font: known characters mapped, any other one reduced to its base letter or dropped. */
export function toWinAnsi(text: string, font: PDFFont): string {
  let out = '';
  for (const char of text) {
    const mapped = MAP[char] ?? char;
    for (const c of mapped) {
      try {
        font.encodeText(c);
        out += c;
      } catch {
        const base = c.normalize('NFD').replace(/\p{M}/gu, '');
        try {
          font.encodeText(base);
          out += base;
        } catch {
          // No WinAnsi form: left out.
        }
      }
    }
  }
  return out;
}

/** Lines of `text` no wider than `width` at `size`. */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(next, size) <= width || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

const BLUE = rgb(0.11, 0.23, 0.45);
const GREY = rgb(0.3, 0.33, 0.38);
const BLACK = rgb(0.1, 0.1, 0.12);

/** The attestation's PDF bytes. */
export async function attestationPdf(data: AttestationData): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const page: PDFPage = pdf.addPage([A4.width, A4.height]);
  const margin = 48;
  const width = A4.width - 2 * margin;
  let y = A4.height - margin;

  const text = (value: string, options: { size: number; font?: PDFFont; color?: ReturnType<typeof rgb>; x?: number; maxWidth?: number; gap?: number; center?: boolean }) => {
    const font = options.font ?? regular;
    const clean = toWinAnsi(value, font);
    for (const line of wrap(clean, font, options.size, options.maxWidth ?? width)) {
      y -= options.size * 1.25;
      const x = options.center ? (A4.width - font.widthOfTextAtSize(line, options.size)) / 2 : (options.x ?? margin);
      page.drawText(line, { x, y, size: options.size, font, color: options.color ?? BLACK });
    }
    y -= options.gap ?? 0;
  };

  // Header: logo on the left, the issuer on the right.
  const issuer = data.issuer;
  const logo = await (issuer.logo.startsWith('data:image/png') ? pdf.embedPng(issuer.logo) : pdf.embedJpg(issuer.logo));
  const logoSize = logo.scaleToFit(150, 50);
  page.drawImage(logo, { x: margin, y: y - logoSize.height, width: logoSize.width, height: logoSize.height });
  const top = y;
  const right = margin + 190;
  text(issuer.name, { size: 11, font: bold, x: right, maxWidth: width - 190 });
  for (const line of issuer.address) text(line, { size: 9, x: right, color: GREY });
  text(`SIRET ${siretFr(issuer.siret)}`, { size: 9, x: right, color: GREY });
  text(`Déclaration d'activité n° ${issuer.nda} auprès du préfet de région ${issuer.ndaRegion}`, { size: 9, x: right, color: GREY, maxWidth: width - 190 });
  y = Math.min(y, top - logoSize.height) - 24;
  page.drawLine({ start: { x: margin, y }, end: { x: A4.width - margin, y }, thickness: 1.5, color: BLUE });
  y -= 14;

  text('Attestation de fin de formation', { size: 22, font: bold, color: BLUE, center: true, gap: 4 });
  text(`N° ${data.number}`, { size: 10, color: GREY, center: true, gap: 16 });

  text(`Je soussigné(e) ${issuer.signatory.name}, ${issuer.signatory.role} de ${issuer.name}, atteste que`, { size: 11, gap: 6 });
  text(data.learnerName, { size: 18, font: bold, center: true, gap: 2 });
  if (data.company) text(`de l'entreprise ${data.company}`, { size: 11, center: true, gap: 2 });
  text(`a suivi la formation à distance « ${data.courseTitle} » et réussi son évaluation finale.`, { size: 11, gap: 12 });

  const facts: Array<[string, string]> = [
    ['Période de formation', periodFr(data.startDate, data.passDate)],
    ['Durée du programme', durationFr(data.minutes)],
    ['Temps effectivement passé dans les leçons', durationFr(data.spentMinutes)],
    ['Résultat de l\'évaluation finale', `${data.score} % de bonnes réponses (seuil de réussite : ${data.masteryScore} %), le ${dateFr(data.passDate)}`],
    ['Modalité', 'formation en ligne, exercices sur écrans simulés de Chorus Pro'],
  ];
  for (const [label, value] of facts) {
    const labelY = y;
    text(label, { size: 9.5, font: bold, color: GREY, maxWidth: 170 });
    const after = y;
    y = labelY;
    text(value, { size: 9.5, x: margin + 180, maxWidth: width - 180 });
    y = Math.min(y, after) - 4;
  }
  y -= 8;

  text('Objectifs de la formation', { size: 11, font: bold, color: BLUE, gap: 2 });
  for (const group of data.objectives) {
    text(group.module, { size: 8.5, font: bold });
    text(group.items.join(' ; '), { size: 8, color: GREY, x: margin + 10, maxWidth: width - 10, gap: 2 });
  }
  y -= 10;

  // Place, date and signature.
  text(`Fait à ${issuer.signatory.city}, le ${dateFr(data.issuedDate)}.`, { size: 10.5, gap: 4 });
  const signature = await (issuer.signatory.signature.startsWith('data:image/png') ? pdf.embedPng(issuer.signatory.signature) : pdf.embedJpg(issuer.signatory.signature));
  const sigSize = signature.scaleToFit(140, 50);
  const sigX = A4.width - margin - 200;
  page.drawImage(signature, { x: sigX, y: y - sigSize.height, width: sigSize.width, height: sigSize.height });
  y -= sigSize.height;
  text(issuer.signatory.name, { size: 10, font: bold, x: sigX });
  text(issuer.signatory.role, { size: 9, x: sigX, color: GREY });

  // Footer: how to verify.
  const footer = toWinAnsi(`Attestation n° ${data.number}, vérifiable dans « Mes résultats » du parcours de l'apprenant.`, regular);
  page.drawText(footer, { x: margin, y: margin - 16, size: 8, font: regular, color: GREY });

  pdf.setTitle(toWinAnsi(`Attestation de fin de formation — ${data.learnerName}`, regular));
  pdf.setAuthor(toWinAnsi(issuer.name, regular));
  pdf.setSubject(toWinAnsi(`${data.courseTitle} · n° ${data.number}`, regular));
  pdf.setLanguage('fr-FR');
  pdf.setCreationDate(new Date(`${data.issuedDate}T12:00:00Z`));
  return pdf.save();
}

/** Offers the PDF as a download. */
export async function downloadAttestationPdf(data: AttestationData): Promise<void> {
  const bytes = await attestationPdf(data);
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/pdf' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `attestation-${data.number}.pdf`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
