/**
 * The access page's script: turns the code typed into the kit's folder name (SHA-256 of salt + code, the
 * first hex characters), checks the folder name against the page's check value (its own salted hash), and
 * opens the kit there. A wrong code is told without a request.
 */
const hex = (bytes: ArrayBuffer) => [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');
const sha256 = async (text: string) => hex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));

export function startAccessForm(): void {
  const form = document.querySelector<HTMLFormElement>('[data-trainer-access]');
  const input = form?.querySelector<HTMLInputElement>('input[name="code"]');
  const error = form?.querySelector<HTMLElement>('[data-access-error]');
  if (!form || !input || !error) return;
  const { salt = '', checkSalt = '', check = '', prefix = '', length = '24' } = form.dataset;
  const fail = (text: string) => {
    error.textContent = text;
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', 'code-formateur-aide code-formateur-erreur');
    input.focus();
  };
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const code = input.value.replace(/\s+/g, '').toUpperCase();
    if (!code) return fail('Saisissez le code formateur.');
    if (!globalThis.crypto?.subtle) return fail('Ce navigateur ne permet pas de vérifier le code sur une adresse non sécurisée : ouvrez le site en https ou sur localhost.');
    const folder = `${prefix}${(await sha256(salt + code)).slice(0, Number(length))}`;
    if ((await sha256(checkSalt + folder)) !== check) return fail('Code incorrect : vérifiez-le auprès de votre organisme de formation.');
    location.assign(new URL(`${folder}/formateur.html`, location.href).href);
  });
}
