/**
 * The access page's script: turns the code typed into the kit's folder name (SHA-256 of salt + code, the
 * first hex characters) and opens the kit there when it exists. A wrong code finds no folder: the page says so.
 */
const hex = (bytes: ArrayBuffer) => [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');

export function startAccessForm(): void {
  const form = document.querySelector<HTMLFormElement>('[data-trainer-access]');
  const input = form?.querySelector<HTMLInputElement>('input[name="code"]');
  const error = form?.querySelector<HTMLElement>('[data-access-error]');
  if (!form || !input || !error) return;
  const { salt = '', prefix = '', length = '24' } = form.dataset;
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
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(salt + code));
    const target = new URL(`${prefix}${hex(digest).slice(0, Number(length))}/formateur.html`, location.href);
    try {
      const response = await fetch(target, { method: 'HEAD', cache: 'no-store' });
      if (!response.ok) return fail('Code incorrect : vérifiez-le auprès de votre organisme de formation.');
    } catch {
      // Opened from the disk (file:), where fetch is not allowed: try the address directly.
    }
    location.assign(target.href);
  });
}
