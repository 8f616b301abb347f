/**
 * The access page's script: turns the code typed into the kit's folder name (SHA-256 of salt + code, the
 * first hex characters) and opens the kit there, once a slow hash of the code (PBKDF2) matches the page's
 * check value: a wrong code is told without a request.
 */
const hex = (bytes: ArrayBuffer) => [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');
const sha256 = async (text: string) => hex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));

export function startAccessForm(): void {
  const form = document.querySelector<HTMLFormElement>('[data-trainer-access]');
  const input = form?.querySelector<HTMLInputElement>('input[name="code"]');
  const error = form?.querySelector<HTMLElement>('[data-access-error]');
  if (!form || !input || !error) return;
  const { salt = '', checkSalt = '', checkIterations = '200000', check = '', prefix = '', length = '24' } = form.dataset;
  const slowHash = async (code: string) => {
    const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(code), 'PBKDF2', false, ['deriveBits']);
    const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: new TextEncoder().encode(checkSalt), iterations: Number(checkIterations) }, key, 256);
    return hex(bits);
  };
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
    if ((await slowHash(code)) !== check) return fail('Code incorrect : vérifiez-le auprès de votre organisme de formation.');
    const folder = `${prefix}${(await sha256(salt + code)).slice(0, Number(length))}`;
    location.assign(new URL(`${folder}/formateur.html`, location.href).href);
  });
}
