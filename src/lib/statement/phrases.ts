import type { Negation, PhraseSet } from './match.ts';
import type { Locale } from './types.ts';

/**
 * Every phrase the linter and the coverage meter look for: one table per locale, written in the
 * notation of match.ts (lower case; accents optional; `(a|b)`, `word*`, `…`, `{time}`).
 *
 * `flagged` phrases are findings in themselves (a non-apology, jargon). `signals` are the parts a
 * statement needs; a missing signal is a finding (no apology, no next step…). Lists are kept
 * modest on purpose: each entry is a phrase people really write in a crisis, and each must be
 * covered by the lint table in tests/unit/statement/lint.test.ts.
 *
 * The two tables are written for their own language, not translated: Spanish has its own
 * non-apologies ("lamentamos las molestias ocasionadas") and its own euphemisms ("incidencia").
 */

export type FlaggedRule = 'conditional-apology' | 'passive-mistakes' | 'sorry-but' | 'blames-customers' | 'jargon';

export type Signal =
  | 'acknowledgement'
  | 'responsibility'
  | 'apology'
  | 'regret'
  | 'explanation'
  | 'repair'
  | 'prevention'
  | 'next-step';

export interface LocalePhrases {
  negation: Negation;
  flagged: Record<FlaggedRule, PhraseSet>;
  signals: Record<Signal, PhraseSet>;
}

const en: LocalePhrases = {
  negation: {
    words: ['not', 'no', 'never', 'without', 'nor', 'cannot', 'nothing'],
    suffixes: ["n't"],
    unless: { not: ['only', 'just', 'merely'], no: ['doubt', 'matter'] },
  },
  flagged: {
    // Doubts the harm and puts it on the reader.
    'conditional-apology': {
      phrases: [
        '(sorry|apologi*|regret) (very much |so much |deeply |truly |)if',
        'if (anyone|anybody|someone|somebody|you|people|any of you) (was|were|felt|feel|feels|has been|have been|may have been|might have been|is|are|got) (offended|upset|hurt|insulted)',
        '(anyone|anybody|those|people) who (may|might) have (been|felt) (offended|upset|hurt)',
        '(anyone|anybody) who (was|were|felt|feels) (offended|upset|hurt)',
        "sorry (that |)(you|people|some people|anyone) (feel|felt|feels|were offended|are offended|are upset|were upset|took offen*|'re upset|'re offended)",
        '(for|about) any (offence|offense|upset|hurt) (caused|taken|this may have caused|it may have caused)',
        'if (our|this|the|my) … (offended|upset|hurt) (anyone|anybody|someone|you|people)',
      ],
    },
    // Agentless: nobody made the mistakes, apparently.
    'passive-mistakes': {
      phrases: [
        '(mistakes|errors) (were|have been|had been|may have been) made',
        '(mistakes|errors) (occurred|have occurred|happened|have happened)',
        '(an|some) (error|mistake) (occurred|has occurred|was made|has been made)',
        '(an|the) incident (occurred|has occurred)',
      ],
      negatable: true,
    },
    // The "but" cancels the apology.
    'sorry-but': { phrases: ['(sorry|apologi*|regret) … (but|however)'] },
    // Blames the people the company hurt.
    'blames-customers': {
      phrases: [
        '(some |a few |many |several |most |the |our |)(users|customers|clients|people|members|guests|buyers|shoppers|fans) (misused|misinterpreted|misunderstood|misread|ignored|abused)',
        "(users|customers|clients|people|members|guests) (failed to|did not|didn't|forgot to|neglected to|chose not to) (follow|read|update|check|use|understand|install|configure)",
        '(users|customers|clients) should have (read|followed|checked|updated|known)',
        '(due to|because of|caused by|result of|owing to) (a |an |)(user|customer|client) (error|mistake|misuse)',
        '(user|customer|client) error',
        '(misuse|improper use|incorrect use|wrong use) by (some |our |)(users|customers|clients)',
        'if (users|customers|clients|people) had (followed|read|checked|updated)',
      ],
      negatable: true,
    },
    // Corporate and legal language that hides the people and the facts.
    jargon: {
      phrases: [
        'leverag*',
        'synerg*',
        'pursuant to',
        'inconvenience (caused|this (may have|has|might have) caused|this may cause)',
        'any inconvenience',
        'aforementioned',
        'said (incident|issue|matter)',
        'hereby',
        'in due course',
        'at this (point|moment) in time',
        'circle back',
        'best(-| )in(-| )class',
        'isolated incident',
      ],
    },
  },
  signals: {
    acknowledgement: {
      phrases: [
        'we know',
        "(we are|we're) (aware|investigating|looking into)",
        "(we have|we've) (seen|heard|read|noticed|received|found|identified|confirmed)",
        'what happened',
        '(update|news) on (the|our|this|your)',
        'we (charged|sent|posted|published|shipped|deleted|lost|exposed|leaked|cancelled|canceled|delayed|overcharged|double-charged|mislabelled|mislabeled|shared)',
        '(was|were|has been|have been|is|are|got) (charged|down|unavailable|exposed|leaked|accessed|cancelled|canceled|delayed|offline|disrupted|interrupted|compromised|stolen|affected|broken)',
        '(not working|stopped working|went down)',
        '(outage|disruption|fault|bug|defect|breach|leak|double charge*)',
      ],
      negatable: true,
    },
    responsibility: {
      phrases: [
        "(we|we have|we've) made (a |)(mistake|mistakes|an error|errors)",
        'our (mistake|fault|error|failure|responsibility)',
        '(the |)(mistake|fault|error|responsibility) (is|was) (ours|our own)',
        "(it was|it's|it is|that's|that is|this is|this was|this one is) on us",
        'we got (it|this|that|things) wrong',
        'we (take|accept|assume|own) (full |complete |)(responsibility|the blame)',
        "(we are|we're|we were) (responsible|to blame|wrong)",
        'we (failed|let you down|messed up|dropped the ball|fell short)',
      ],
      negatable: true,
    },
    apology: {
      phrases: ['sorry', 'apologi*', 'apology', 'forgive us'],
      negatable: true,
    },
    regret: {
      phrases: [
        'we (deeply |truly |sincerely |really |)regret',
        'we feel (terrible|awful|bad)',
        "(it|this|that) (should never|should not|shouldn't) have happened",
      ],
      negatable: true,
    },
    explanation: {
      phrases: [
        'because',
        '(due to|caused by|owing to|the result of)',
        'the (cause|reason|root cause)',
        'what went wrong',
        '(was|were) caused',
        '(a|the) (fault|bug|failure|glitch|error|problem|flaw) in',
        '(this|it) happened (when|because|after)',
      ],
      negatable: true,
    },
    repair: {
      phrases: [
        'refund*',
        'reimburs*',
        'compensat*',
        '(fix|fixed|fixes|fixing)',
        '(repair|repaired|repairing|repairs)',
        '(restore|restored|restoring)',
        '(withdraw|withdrawn|withdrew|withdrawing)',
        '(replace|replaced|replacing|replacement|replacements)',
        '(remove|removed|removing)',
        '(taken|took|take) down',
        '(delete|deleted|deleting)',
        '(corrected|correcting)',
        '(rolled|rolling) back',
        '(reverted|reverting)',
        'recall*',
        '(resolved|solved)',
        '(paused|suspended|disabled|blocked)',
        'back (online|up and running|to normal)',
        'working again',
        '(put|putting|make|making) (it|this|things) right',
        "(we will|we'll|we are going to|we're going to) (refund|fix|replace|repair|restore|contact|reimburse|compensate|remove|withdraw|cover|pay|credit|correct|send|return|give)",
        'free of charge',
        '(is|are) on us',
      ],
      except: ['(it|that|this|this one) (is|was) on us'],
      negatable: true,
    },
    prevention: {
      phrases: [
        "(does not|doesn't|won't|will not|never|cannot|can't|will never|can never) happen(s|) again",
        'never again',
        'from now on',
        '(going|moving) forward',
        'in (the |)future',
        'prevent*',
        '(recurrence|reoccur*|recur)',
        "(we will|we'll|we are going to|we're going to|we now|we'll now|we will now) (test|check|review|train|audit|require|add|introduce|change|improve|strengthen|monitor|verify|double-check)",
        "(we have|we've) (added|introduced|changed|strengthened|improved|tightened)",
        'stop (it|this|that) (from |)happening',
        "(make|making) sure (it|this|that) (does not|doesn't|won't|will not|never|cannot|can't)",
      ],
      negatable: true,
    },
    'next-step': {
      phrases: [
        '{time}',
        '{email}',
        '{url}',
        'tomorrow',
        'tonight',
        'this (afternoon|evening)',
        'later today',
        '(monday|tuesday|wednesday|thursday|friday|saturday|sunday)',
        'next week',
        '(dm|message|email|e-mail|contact|call|phone|text|write to|reach) us',
        'send us a (dm|message|direct message|private message|email|e-mail)',
        '(our|the) (help|support|customer service) (page|team|line|centre|center|desk)',
        "(we will|we'll) (keep you (posted|updated|informed)|let you know|update you|be in touch)",
        "(we will|we'll) (contact|email|e-mail|write to|call) (you|every|each|all|affected)",
      ],
      negatable: true,
    },
  },
};

const es: LocalePhrases = {
  negation: {
    words: ['no', 'nunca', 'jamas', 'sin', 'ni', 'tampoco', 'nada'],
    suffixes: [],
    unless: { sin: ['embargo', 'duda'], no: ['solo', 'solamente', 'unicamente'] },
  },
  flagged: {
    'conditional-apology': {
      phrases: [
        '(lo |)(lamentamos|sentimos|lamento|siento) (mucho |profundamente |sinceramente |muchisimo |)si',
        '(pedimos |)(disculpas|perdon) si',
        'nos disculpamos si',
        '(lo |)(sentimos|lamentamos) (mucho |)que (te|os|se|les|le) (sientas|sintais|sientan|sienta|hayas sentido|hayais sentido|haya sentido|hayan sentido|hayas podido sentir|haya podido sentir)',
        'si (alguien|alguno|alguna|alguna persona|algun cliente|usted|ustedes|te|os|le|les) (se |)(ha |han |has |habeis |haya |hayan |hubiera |hubiese |)(sentido|sentis|sintio|sentiste|siente|sienten|sientes) (ofendid*|molest*|herid*|dolid*|agraviad*)',
        '(a |)quien(es|) (se |)(haya|hayan|pueda|puedan) (sentido|haberse sentido|sentirse) (ofendid*|molest*|herid*)',
        'si (a alguien|a alguno|a alguna persona|te|os|les|le) (le |les |)(ha|haya|hubiera) (molestado|ofendido|sentado mal|dolido)',
        'si … (ofendio|ha ofendido|molesto|ha molestado|hirio|ha herido) a (alguien|alguno|alguna persona)',
      ],
    },
    'passive-mistakes': {
      phrases: [
        'se (cometieron|han cometido|habian cometido|cometio|ha cometido) (errores|un error|algunos errores|fallos)',
        'se (produjeron|han producido|produjo|ha producido) (errores|un error|fallos|algunos errores|una incidencia|un incidente)',
        '(ha habido|hubo) (errores|un error|algunos errores|fallos)',
      ],
      negatable: true,
    },
    'sorry-but': {
      phrases: [
        '(lo sentimos|sentimos|lamentamos|lo lamentamos|pedimos disculpas|disculpas|perdon|nos disculpamos) … (pero|sin embargo|no obstante|aunque)',
      ],
    },
    'blames-customers': {
      phrases: [
        '(algunos |algunas |varios |varias |muchos |muchas |los |las |nuestros |)(usuarios|clientes|consumidores|compradores|seguidores|socios|huespedes) (hicieron|han hecho|hacen|habian hecho) (un |)(mal uso|uso indebido|uso incorrecto)',
        '(mal uso|uso indebido|uso incorrecto) (de|del|por parte de) (algunos |los |nuestros |)(usuarios|clientes|consumidores)',
        '(por|debido a|a causa de|causado por|por culpa de) (un |)error (de|del|de los|de algunos) (usuario|usuarios|cliente|clientes|consumidor|consumidores)',
        'error (del|de los) (usuario|usuarios|cliente|clientes)',
        '(usuarios|clientes|consumidores|compradores) no (siguieron|han seguido|leyeron|han leido|respetaron|actualizaron|han actualizado|usaron|entendieron|comprobaron|revisaron)',
        '(usuarios|clientes|consumidores) (malinterpretaron|han malinterpretado|malinterpretan|ignoraron|han ignorado)',
        '(usuarios|clientes) (debieron|deberian haber|tendrian que haber|debian haber)',
        'si (los |)(usuarios|clientes) (hubieran|hubiesen) (seguido|leido|actualizado|comprobado)',
        'por culpa de (los |algunos |)(usuarios|clientes)',
      ],
      negatable: true,
    },
    // "Incidencia" and "procedimiento" are flagged as the euphemisms they usually are in a
    // statement: they name a category instead of what happened ("el cobro doble").
    jargon: {
      phrases: [
        'en aras de',
        'a la mayor brevedad',
        '(dicho|dicha|dichos|dichas) (incidente|incidencia|situacion|problema|incidentes|incidencias)',
        'procedimiento(s|)',
        'incidencia(s|)',
        '(las |)molestias ocasionadas',
        '(cualquier|posibles|las posibles) (molestia|molestias|inconveniente|inconvenientes)',
        'sinergia(s|)',
        'de conformidad con',
        'en el marco de',
        'poner en valor',
        'a todos los efectos',
        'a efectos de',
      ],
    },
  },
  signals: {
    acknowledgement: {
      phrases: [
        '(lo |ya lo |)sabemos',
        'somos conscientes',
        'estamos al tanto',
        'nos consta',
        '(hemos|ya hemos) (visto|leido|recibido|detectado|comprobado|confirmado|identificado)',
        '(estamos|ya estamos|lo estamos) (investigando|revisando|analizando)',
        'lo que (ha pasado|paso|ocurrio|ha ocurrido|sucedio|ha sucedido)',
        '(actualizacion|novedades|informacion) sobre',
        '(cobramos|enviamos|publicamos|borramos|perdimos|expusimos|cancelamos|retrasamos|compartimos)',
        '(hemos|se han|se ha) (cobrado|enviado|publicado|borrado|perdido|expuesto|cancelado|retrasado|filtrado|compartido)',
        '(ha|han|fue|fueron|ha sido|han sido|esta|estan|ha estado|han estado) (afectad*|expuest*|filtrad*|caid*|cobrad*|cancelad*|retrasad*|interrumpid*|comprometid*)',
        '(no funciona|ha dejado de funcionar|dejo de funcionar|se cayo|se ha caido)',
        '(caida|interrupcion|fallo|averia|defecto|brecha|filtracion|cobro doble|cobros dobles|cobro duplicado|cobros duplicados)',
        '(cometimos|hemos cometido) (un |)(error|errores)',
        'nos (equivocamos|hemos equivocado)',
        '(te|os|les) hemos fallado',
        '(fallamos|hemos fallado)',
      ],
      negatable: true,
    },
    responsibility: {
      phrases: [
        '(cometimos|hemos cometido) (un |)(error|errores)',
        'nos (equivocamos|hemos equivocado)',
        '(el |la |)(error|culpa|fallo|responsabilidad) (es|fue|ha sido) (nuestro|nuestra|solo nuestro|solo nuestra)',
        '(error|culpa|fallo|responsabilidad) (nuestro|nuestra)',
        '(nuestro|nuestra) (error|culpa|fallo|responsabilidad)',
        'asumimos (toda |plena |)(la |)(responsabilidad|culpa)',
        '(somos|fuimos) (responsables|los responsables|culpables)',
        '(te|os|les|le) (hemos fallado|fallamos)',
        '(fallamos|hemos fallado)',
        'es cosa nuestra',
      ],
      negatable: true,
    },
    apology: {
      phrases: [
        'lo (sentimos|siento)',
        'sentimos (mucho|muchisimo|de verdad|profundamente|sinceramente|haber|tanto)',
        'perdon',
        'perdon(a|ad|en|anos|adnos|ennos)',
        'disculpa(s|)',
        'disculp(en|ad|anos|adnos|ennos|e)',
        'nos disculpamos',
      ],
      negatable: true,
    },
    regret: {
      phrases: [
        '(lo |)(lamentamos|lamento)',
        'nos duele',
        'no (debio|deberia haber|tendria que haber) (pasar|ocurrir|pasado|ocurrido|suceder)',
      ],
      negatable: true,
    },
    explanation: {
      phrases: [
        'porque',
        'debido a',
        'se debio a',
        '(la|el) (causa|motivo|origen)',
        '(fue|ha sido) (causad*|provocad*)',
        '(un|el) (fallo|error|problema|defecto) (en|de)',
        'a causa de',
        'lo que fallo',
        '(esto|todo) (paso|ocurrio|empezo) (porque|cuando)',
        'por culpa de',
      ],
      negatable: true,
    },
    repair: {
      phrases: [
        'reembols*',
        'devolv*',
        'devuelt*',
        'devolucion*',
        'compens*',
        '(corregido|corregida|corregimos|corregiremos|corregir)',
        'arregl*',
        '(reparar|reparado|reparada|reparamos|repararemos|reparacion|reparando)',
        '(retirado|retirada|retiramos|retiraremos|retirar)',
        'restablec*',
        '(restaurado|restaurada|restauramos|restauraremos|restaurar)',
        'sustitu*',
        'reemplaz*',
        '(eliminado|eliminada|eliminamos|eliminaremos|borrado|borrada|borramos)',
        '(suspendido|suspendida|suspendimos|pausado|pausada|bloqueado|bloqueada|desactivado|desactivada)',
        '(solucionado|solucionada|solucionamos|solucionaremos|resuelto|resuelta)',
        '(ya funciona|vuelve a funcionar|funciona de nuevo|funciona con normalidad|funcionan con normalidad)',
        '(corre|corren) de nuestra cuenta',
        '(sin coste|sin cargo|gratis)',
        '(vamos a|iremos a) (devolver|reembolsar|corregir|reparar|sustituir|retirar|compensar|contactar)',
        '(contactaremos|llamaremos|escribiremos) a',
      ],
      negatable: true,
    },
    prevention: {
      phrases: [
        'no (vuelva|volvera|vuelve|vuelvan) a (ocurrir|pasar|suceder|repetirse|producirse)',
        'no se (repita|repetira|vuelva a repetir|repitan)',
        'nunca mas',
        'a partir de (ahora|hoy|este momento|manana)',
        'de ahora en adelante',
        'desde (ahora|hoy)',
        'en (el |lo |)(futuro|sucesivo)',
        'evit*',
        '(prevenir|prevenirlo|prevendremos|prevencion)',
        '(probaremos|revisaremos|formaremos|reforzaremos|cambiaremos|anadiremos|introduciremos|auditaremos|comprobaremos|supervisaremos|implantaremos|mejoraremos|verificaremos)',
        'hemos (cambiado|reforzado|introducido|anadido|implantado|mejorado)',
        '(vamos a|empezaremos a) (probar|revisar|formar|reforzar|cambiar|anadir|auditar|comprobar|verificar)',
      ],
      negatable: true,
    },
    'next-step': {
      phrases: [
        '{time}',
        '{email}',
        '{url}',
        'manana',
        '(esta|esta misma) (tarde|noche)',
        '(lunes|martes|miercoles|jueves|viernes|sabado|domingo)',
        '(la |)semana que viene',
        '(la |)proxima semana',
        'a (las|la) {number}',
        '(escribenos|escribanos|escribidnos|llamanos|llamenos|llamadnos|contactanos|contactenos|contactadnos|mandanos|envianos|envienos|enviadnos)',
        '(te|os|les|le) (informaremos|mantendremos informad*|avisaremos|escribiremos|llamaremos|contactaremos)',
        '(informaremos|mantendremos informad*)',
        'por (md|dm|mensaje privado|mensaje directo|privado)',
        '(atencion al cliente|servicio de atencion|centro de ayuda)',
        '(nos pondremos|nos estamos poniendo) en contacto',
      ],
      except: ['(esta|esta misma|por la|de la|cada) manana'],
      negatable: true,
    },
  },
};

export const PHRASES: Record<Locale, LocalePhrases> = { es, en };
