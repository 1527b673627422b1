import { it } from 'vitest';
import { compose } from '../../../src/lib/statement/compose.ts';
import { meter } from '../../../src/lib/statement/coverage.ts';
import type { StatementInput } from '../../../src/lib/statement/types.ts';
import { WORDING } from '../statement/wording.ts';

const DATA = {
  es: {
    brand: 'Café Lumbre', crisisType: 'data-incident', tone: 'formal',
    whatHappened: 'el 1 de diciembre detectamos un acceso no autorizado a la base de datos de nuestro programa de fidelidad',
    dataInvolved: 'nombres, direcciones de correo y saldo de puntos; no se han visto afectados datos de pago ni contraseñas',
    whoIsAffected: 'unas 8200 personas socias del programa',
    doingNow: 'hemos cerrado el acceso y estamos revisando con especialistas en seguridad qué ocurrió',
    whatToDo: 'desconfíe de correos que pidan sus datos en nuestro nombre; nunca le pediremos su contraseña',
    authority: 'la Agencia Española de Protección de Datos el 1 de diciembre',
    dataContact: 'privacidad@cafelumbre.example',
    nextUpdate: 'mañana a las 12:00',
    contact: 'https://cafelumbre.example/aviso-seguridad',
    cause: 'una credencial de un proveedor de correo quedó expuesta en un repositorio de código',
    fix: 'hemos anulado esa credencial, revisado todos los accesos y escrito a cada persona afectada',
    prevention: 'desde ahora todas las credenciales caducan cada 30 días y exigimos verificación en dos pasos a nuestros proveedores',
    sorryFor: 'la preocupación que este incidente le causa',
  },
  en: {
    brand: 'Café Lumbre', crisisType: 'data-incident', tone: 'formal',
    whatHappened: 'on December 1 we detected unauthorized access to the database of our loyalty program',
    dataInvolved: 'names, e-mail addresses and points balances; no payment details or passwords were involved',
    whoIsAffected: 'about 8,200 loyalty members',
    doingNow: 'we have shut off the access and are working with security specialists to establish what happened',
    whatToDo: 'be wary of e-mails asking for your details in our name; we will never ask for your password',
    authority: 'the data protection authority on December 1',
    dataContact: 'privacy@cafelumbre.example',
    nextUpdate: 'tomorrow at 12:00',
    contact: 'https://cafelumbre.example/security-notice',
    cause: 'a mail provider’s access key was left exposed in a code repository',
    fix: 'we have revoked that key, reviewed every access and written to each person affected',
    prevention: 'from now on every access key expires after 30 days and we require two-step verification from our providers',
    sorryFor: 'the worry this incident is causing you',
  },
} as const;

it('prints', () => {
  for (const lang of ['es', 'en'] as const) {
    for (const kind of ['holding', 'full', 'closing'] as const) {
      const input = { ...DATA[lang], kind } as StatementInput;
      const out = compose(input, WORDING[lang]);
      console.log(`\n===== ${lang} ${kind} (website)\n${out.website}\n--- x:\n${out.x}`);
      console.log(JSON.stringify(meter(input, WORDING[lang]).parts));
    }
  }
  for (const c of ['staff-misconduct','false-rumour','policy-backlash','offensive-post'] as const) {
    const input = { brand: 'Café Lumbre', crisisType: c, tone: 'warm', kind: 'full', whatHappened: 'vamos a cerrar todas las tiendas', cause: 'todas nuestras tiendas siguen abiertas', fix: 'hemos denunciado la cuenta falsa', nextUpdate: '13:00' } as StatementInput;
    console.log(`\n===== es full ${c}\n${compose(input, WORDING.es).website}`);
  }
});
