import {
  CRISIS_TYPES,
  type CrisisType,
  type Locale,
  STATEMENT_KINDS,
  type StatementInput,
  type StatementKind,
  TONES,
  type Tone,
} from './types.ts';

/**
 * Statement templates: one per kind × crisis type × tone, in both languages (42 per locale),
 * with the same id in both (`full/service-outage/warm`) so a draft keeps its template when the
 * user switches language. Each language is written for itself, not translated: Spanish formal
 * speaks of "las personas afectadas" and uses "usted" only in requests; warm Spanish uses "tú".
 *
 * A template is a list of slots (one sentence each). A slot lists alternatives; `compose` uses
 * the first whose fields are all filled, and skips the slot when none is. Placeholders:
 *
 * | placeholder | value |
 * |---|---|
 * | `{brand}`, `{contact}` | the field as typed (trimmed, whitespace collapsed) |
 * | `{WhatHappened}`, `{Cause}`, `{Fix}`, `{Prevention}`, `{Contact}` | the field, capitalised to start a sentence |
 * | `{whatHappened}` | the field inside a sentence: "Some orders…" → "some orders…" (common words only) |
 * | `{toWho}` | who is affected, after "affected"/"ha afectado" ("a los clientes", "al equipo") |
 * | `{when}` | the next update: a bare time gets "at"/"a las" ("at 13:00"), anything else as typed |
 * | `{?field}` / `{!field}` | print nothing; the alternative needs the field filled / empty |
 *
 * `apology`, `contactEmail`, `contactUrl`, `contactHandle`, `contactPhone` and `contactOther` are
 * fields for `{?…}`/`{!…}`: whether to apologise, and what kind of contact was given.
 */

export type SlotPart =
  | 'headline'
  | 'opener'
  | 'facts'
  | 'ack'
  | 'who'
  | 'own'
  | 'apology'
  | 'cause'
  | 'fix'
  | 'prevention'
  | 'next'
  | 'contact'
  | 'thanks';

export interface Slot {
  part: SlotPart;
  /** 1: kept in the shortest version (one post on X); 2: kept when there is room; 3: long versions and Threads. */
  level: 1 | 2 | 3;
  /** Paragraph in the long versions (website, e-mail, Facebook, LinkedIn, Instagram). */
  para: number;
  /** Alternatives for the long versions. Empty: the slot is not in the long versions. */
  long: readonly string[];
  /** Alternatives for the condensed versions (X, Bluesky, Threads). Absent: same as `long`. Empty: left out. */
  short?: readonly string[];
}

export type TemplateId = `${StatementKind}/${CrisisType}/${Tone}`;

export interface Template {
  id: TemplateId;
  locale: Locale;
  kind: StatementKind;
  crisisType: CrisisType;
  tone: Tone;
  /** "Full response · Service outage · Warm", for a list or a select. */
  title: string;
  slots: readonly Slot[];
  /** First line of the e-mail version. */
  greeting: string;
  /** Last line of the website and e-mail versions; dropped when there is no brand. */
  signOff: string;
}

export type ContactKind = 'email' | 'url' | 'handle' | 'phone' | 'other';

interface ToneWording {
  holdingHeadline: string;
  holdingNow: string;
  holdingAck: string;
  holdingAckNoFacts: string;
  followUpHeadline: string;
  followUpOpener: string;
  ownShort: string;
  ownApologyShort: string;
  whoAffected: string;
  whoAffectedNow: string;
  causeIntro: string;
  fixIntro: string;
  progressIntro: string;
  preventionIntro: string;
  nextUpdate: string;
  nextUpdateFallback: string;
  contact: Record<ContactKind, string>;
  followUpApology: string;
  thanks: string;
  greeting: string;
  signOff: string;
  rumour: {
    holdingHeadline: string;
    claim: string;
    claimNone: string;
    denial: string;
    checking: string;
    followUpClaim: string;
  };
}

interface TypeWording {
  /** What the crisis is, as a noun phrase ("the outage"). */
  topic: string;
  /** First line of a full response, with and without an apology. */
  headline: string;
  headlineNoApology: string;
  /** Taking responsibility (not used for a false rumour). */
  own: string;
  /** An apology that names the harm: the holding statement's apology (a full response apologises in its headline). */
  regret: string;
  /** The harm to real people, without repeating the apology of the headline (full response). */
  harm: string;
}

interface LocaleWording {
  labels: {
    kinds: Record<StatementKind, string>;
    crisisTypes: Record<CrisisType, string>;
    tones: Record<Tone, string>;
  };
  tones: Record<Tone, ToneWording>;
  types: Record<CrisisType, Record<Tone, TypeWording>>;
  /** First words that may be lower-cased inside a sentence (folded: no accents). */
  commonWords: readonly string[];
}

const en: LocaleWording = {
  labels: {
    kinds: { holding: 'Holding statement', full: 'Full response', 'follow-up': 'Follow-up update' },
    crisisTypes: {
      'service-outage': 'Service outage',
      'product-defect': 'Product defect',
      'offensive-post': 'Offensive post',
      'staff-misconduct': 'Staff misconduct',
      'data-incident': 'Data incident',
      'viral-complaint': 'Viral complaint',
      'false-rumour': 'False rumor',
    },
    tones: { formal: 'Formal', warm: 'Warm' },
  },
  tones: {
    formal: {
      holdingHeadline: 'We are aware of {topic} and are working on it.',
      holdingNow: 'Our team is already investigating the cause.',
      holdingAck: 'We are aware of it and are investigating now.',
      holdingAckNoFacts: 'We are aware of {topic} and are investigating now.',
      followUpHeadline: 'An update on {topic}.',
      followUpOpener: 'Update on {topic}.',
      ownShort: 'It was our mistake.',
      ownApologyShort: 'It was our mistake, and we apologise.',
      whoAffected: 'This affected {toWho}.',
      whoAffectedNow: 'So far, this affects {toWho}.',
      causeIntro: 'We have identified the cause.',
      fixIntro: 'We are putting it right.',
      progressIntro: 'Here is how the repair is going.',
      preventionIntro: 'We are also making sure it does not happen again.',
      nextUpdate: 'We will publish the next update {when}.',
      nextUpdateFallback: 'We will publish more information here as soon as we have it.',
      contact: {
        email: 'For any questions, write to us at {contact}.',
        url: 'More information: {contact}',
        handle: 'For any questions, send a message to {contact}.',
        phone: 'For any questions, call us on {contact}.',
        other: '{Contact}.',
      },
      followUpApology: 'Once again, we apologise.',
      thanks: 'Thank you for your patience.',
      greeting: 'Hello,',
      signOff: 'The {brand} team',
      rumour: {
        holdingHeadline: 'We are aware of the claims being shared about us.',
        claim: 'We have seen posts claiming that {whatHappened}.',
        claimNone: 'We have seen false claims about us being shared online.',
        denial: 'That is not true.',
        checking: 'We are checking the facts and will confirm what is true.',
        followUpClaim: 'As we said, the claim that {whatHappened} is false.',
      },
    },
    warm: {
      holdingHeadline: "We know about {topic}, and we're on it.",
      holdingNow: 'Our team is already working out what went wrong.',
      holdingAck: "We know, and we're looking into it right now.",
      holdingAckNoFacts: "We know about {topic}, and we're looking into it right now.",
      followUpHeadline: "Here's an update on {topic}.",
      followUpOpener: 'Update on {topic}.',
      ownShort: "That's on us.",
      ownApologyShort: "That's on us, and we're sorry.",
      whoAffected: 'This affected {toWho}.',
      whoAffectedNow: 'So far it affects {toWho}.',
      causeIntro: "Here's what went wrong.",
      fixIntro: "Here's how we're fixing it.",
      progressIntro: "Here's how the fix is going.",
      preventionIntro: "And we're making sure it doesn't happen again.",
      nextUpdate: "We'll be back with an update {when}.",
      nextUpdateFallback: "We'll share more here as soon as we know more.",
      contact: {
        email: 'Questions? Write to us at {contact}.',
        url: 'All the details: {contact}',
        handle: 'Questions? Message us at {contact}.',
        phone: 'Questions? Call us on {contact}.',
        other: '{Contact}.',
      },
      followUpApology: "Again, we're sorry.",
      thanks: 'Thanks for bearing with us.',
      greeting: 'Hi,',
      signOff: 'The {brand} team',
      rumour: {
        holdingHeadline: "We've seen what's being said about us.",
        claim: "We've seen posts saying that {whatHappened}.",
        claimNone: "We've seen a false story about us going round.",
        denial: "That isn't true.",
        checking: "We're checking the facts right now.",
        followUpClaim: "As we said, the story that {whatHappened} isn't true.",
      },
    },
  },
  types: {
    'service-outage': {
      formal: {
        topic: 'the service outage',
        headline: 'Our service failed you, and we apologise.',
        headlineNoApology: 'Our service failed you. Here is what happened.',
        own: 'This was our failure, and it should not have happened.',
        regret: 'We apologise to everyone who could not count on us when they needed to.',
        harm: 'We know how many of you rely on our service, and it was not there when you needed it.',
      },
      warm: {
        topic: 'the outage',
        headline: "We let you down, and we're sorry.",
        headlineNoApology: "We let you down. Here's what happened.",
        own: "That's on us, and it shouldn't have happened.",
        regret: "We're sorry for the trouble this caused you.",
        harm: "We know you count on us, and this time we weren't there.",
      },
    },
    'product-defect': {
      formal: {
        topic: 'the problem with our product',
        headline: 'Our product fell short, and we apologise.',
        headlineNoApology: 'Our product fell short. Here is what happened.',
        own: 'The fault is ours.',
        regret: 'We apologise to every customer affected.',
        harm: 'You paid for a product that should have worked, and it did not.',
      },
      warm: {
        topic: 'the problem with our product',
        headline: "We got this product wrong, and we're sorry.",
        headlineNoApology: "We got this product wrong. Here's what happened.",
        own: "We got it wrong, and that's on us.",
        regret: "We're sorry. You trusted us, and we let you down.",
        harm: 'You trusted us, and we let you down.',
      },
    },
    'offensive-post': {
      formal: {
        topic: 'the reaction to our post',
        headline: 'Our post was wrong, and we apologise.',
        headlineNoApology: 'Our post was wrong. Here is what happened.',
        own: 'Publishing it was our mistake.',
        regret: 'We apologise to everyone it hurt.',
        harm: 'It hurt people, and we understand why.',
      },
      warm: {
        topic: 'the reaction to our post',
        headline: "We posted something hurtful, and we're sorry.",
        headlineNoApology: "We posted something hurtful. Here's what happened.",
        own: "Posting it was our mistake, and there's no excuse for it.",
        regret: "We're sorry for the hurt it caused.",
        harm: 'It hurt people, and we understand why.',
      },
    },
    'staff-misconduct': {
      formal: {
        topic: 'the conduct of a member of our team',
        headline: 'What happened was unacceptable, and we apologise.',
        headlineNoApology: 'What happened was unacceptable. Here is what we are doing.',
        own: 'How our team treats you is our responsibility, and this time we failed.',
        regret: 'We apologise to the people affected and to everyone who expects better from us.',
        harm: 'Nobody should be treated that way by anyone who works for us.',
      },
      warm: {
        topic: 'what happened with a member of our team',
        headline: "What happened wasn't right, and we're sorry.",
        headlineNoApology: "What happened wasn't right. Here's what we're doing.",
        own: 'How our team treats you is on us, and this time we got it wrong.',
        regret: "We're truly sorry, above all to the people it happened to.",
        harm: 'Nobody should be treated like that by anyone on our team.',
      },
    },
    'data-incident': {
      formal: {
        topic: 'the data security incident',
        headline: 'We failed to protect your data, and we apologise.',
        headlineNoApology: 'We failed to protect your data. Here is what happened.',
        own: 'Protecting your data is our responsibility, and we failed.',
        regret: 'We apologise for the worry this causes.',
        harm: 'We understand how worrying this is.',
      },
      warm: {
        topic: 'the problem with your data',
        headline: "We didn't keep your data safe, and we're sorry.",
        headlineNoApology: "We didn't keep your data safe. Here's what happened.",
        own: 'Keeping your data safe is our job, and we got it wrong.',
        regret: "We're sorry. We know how worrying this is.",
        harm: 'We know how worrying this is.',
      },
    },
    'viral-complaint': {
      formal: {
        topic: 'the complaint shared on social media',
        headline: 'The complaint is justified, and we apologise.',
        headlineNoApology: 'The complaint is justified. Here is what happened.',
        own: 'The criticism is fair, and the fault is ours.',
        regret: 'We apologise to the customer and to anyone who has had a similar experience.',
        harm: 'This customer, and anyone who has had a similar experience, deserved better.',
      },
      warm: {
        topic: "the complaint you've been sharing",
        headline: "You were right to complain, and we're sorry.",
        headlineNoApology: "You were right to complain. Here's what happened.",
        own: "The criticism is fair, and it's our fault.",
        regret: "We're sorry, to them and to anyone who's been through the same.",
        harm: "They, and anyone who's been through the same, deserved better.",
      },
    },
    'false-rumour': {
      formal: {
        topic: 'the false claims about us',
        headline: 'What is being said about us is not true.',
        headlineNoApology: 'What is being said about us is not true.',
        own: '',
        regret: 'We apologise for the confusion.',
        harm: '',
      },
      warm: {
        topic: 'the rumour about us',
        headline: "That story about us isn't true.",
        headlineNoApology: "That story about us isn't true.",
        own: '',
        regret: 'Sorry for the confusion.',
        harm: '',
      },
    },
  },
  commonWords:
    'a an the all every some many most our we customers users people anyone everyone those clients orders members this that these it there tomorrow today tonight next within on at in by before after later around until each any several your you'.split(
      ' ',
    ),
};

const es: LocaleWording = {
  labels: {
    kinds: { holding: 'Comunicado de espera', full: 'Respuesta completa', 'follow-up': 'Actualización' },
    crisisTypes: {
      'service-outage': 'Caída del servicio',
      'product-defect': 'Producto defectuoso',
      'offensive-post': 'Publicación ofensiva',
      'staff-misconduct': 'Mala conducta de un empleado',
      'data-incident': 'Incidente de datos',
      'viral-complaint': 'Queja viral',
      'false-rumour': 'Rumor falso',
    },
    tones: { formal: 'Formal', warm: 'Cercano' },
  },
  tones: {
    formal: {
      holdingHeadline: 'Somos conscientes de {topic} y ya estamos trabajando en ello.',
      holdingNow: 'Nuestro equipo ya está investigando la causa.',
      holdingAck: 'Lo sabemos y ya lo estamos investigando.',
      holdingAckNoFacts: 'Somos conscientes de {topic} y ya lo estamos investigando.',
      followUpHeadline: 'Actualización sobre {topic}.',
      followUpOpener: 'Actualización sobre {topic}.',
      ownShort: 'El error es nuestro.',
      ownApologyShort: 'El error es nuestro y pedimos disculpas.',
      whoAffected: 'Ha afectado {toWho}.',
      whoAffectedNow: 'Por ahora afecta {toWho}.',
      causeIntro: 'Ya conocemos la causa.',
      fixIntro: 'Estamos reparando el daño.',
      progressIntro: 'Así avanza la reparación.',
      preventionIntro: 'Además, trabajamos para que no vuelva a ocurrir.',
      nextUpdate: 'Publicaremos la próxima actualización {when}.',
      nextUpdateFallback: 'Ampliaremos esta información en cuanto tengamos más datos.',
      contact: {
        email: 'Para cualquier consulta, escríbanos a {contact}.',
        url: 'Más información: {contact}',
        handle: 'Para cualquier consulta, escríbanos a {contact}.',
        phone: 'Para cualquier consulta, llámenos al {contact}.',
        other: '{Contact}.',
      },
      followUpApology: 'Reiteramos nuestras disculpas.',
      thanks: 'Gracias por su paciencia.',
      greeting: 'Buenos días:',
      signOff: 'El equipo de {brand}',
      rumour: {
        holdingHeadline: 'Somos conscientes de las informaciones que circulan sobre nosotros.',
        claim: 'Hemos visto mensajes que afirman que {whatHappened}.',
        claimNone: 'Hemos visto que circulan informaciones falsas sobre nosotros.',
        denial: 'No es cierto.',
        checking: 'Estamos comprobando los hechos y confirmaremos qué es cierto.',
        followUpClaim: 'Como ya dijimos, la información de que {whatHappened} es falsa.',
      },
    },
    warm: {
      holdingHeadline: 'Sabemos lo de {topic} y ya estamos en ello.',
      holdingNow: 'Nuestro equipo ya está buscando qué ha fallado.',
      holdingAck: 'Lo sabemos y ya estamos en ello.',
      holdingAckNoFacts: 'Sabemos lo de {topic} y ya estamos en ello.',
      followUpHeadline: 'Novedades sobre {topic}.',
      followUpOpener: 'Novedades sobre {topic}.',
      ownShort: 'Es culpa nuestra.',
      ownApologyShort: 'Es culpa nuestra y lo sentimos.',
      whoAffected: 'Ha afectado {toWho}.',
      whoAffectedNow: 'Por ahora afecta {toWho}.',
      causeIntro: 'Esto es lo que falló.',
      fixIntro: 'Ya lo estamos arreglando.',
      progressIntro: 'Así va el arreglo.',
      preventionIntro: 'Y nos aseguraremos de que no vuelva a pasar.',
      nextUpdate: 'Volveremos a informarte {when}.',
      nextUpdateFallback: 'Te contamos más en cuanto sepamos algo.',
      contact: {
        email: '¿Dudas? Escríbenos a {contact}.',
        url: 'Todos los detalles: {contact}',
        handle: '¿Dudas? Escríbenos a {contact}.',
        phone: '¿Dudas? Llámanos al {contact}.',
        other: '{Contact}.',
      },
      followUpApology: 'De nuevo, lo sentimos.',
      thanks: 'Gracias por tu paciencia.',
      greeting: 'Hola:',
      signOff: 'El equipo de {brand}',
      rumour: {
        holdingHeadline: 'Hemos visto lo que se dice sobre nosotros.',
        claim: 'Hemos visto mensajes que dicen que {whatHappened}.',
        claimNone: 'Hemos visto que circula un bulo sobre nosotros.',
        denial: 'No es verdad.',
        checking: 'Ya estamos comprobando los hechos.',
        followUpClaim: 'Como te contamos, lo de que {whatHappened} es un bulo.',
      },
    },
  },
  types: {
    'service-outage': {
      formal: {
        topic: 'la interrupción del servicio',
        headline: 'Nuestro servicio falló y pedimos disculpas.',
        headlineNoApology: 'Nuestro servicio falló. Esto es lo que ocurrió.',
        own: 'El fallo es nuestro y no debió ocurrir.',
        regret: 'Pedimos disculpas a todas las personas que no pudieron contar con nosotros cuando lo necesitaban.',
        harm: 'Sabemos cuántas personas dependen de nuestro servicio, y no estuvo disponible cuando lo necesitaban.',
      },
      warm: {
        topic: 'la caída del servicio',
        headline: 'Te hemos fallado y lo sentimos.',
        headlineNoApology: 'Te hemos fallado. Esto es lo que pasó.',
        own: 'Es culpa nuestra y no debió pasar.',
        regret: 'Lo sentimos: sabemos que cuentas con nosotros y esta vez no estuvimos a la altura.',
        harm: 'Sabemos que cuentas con nosotros, y esta vez no estuvimos a la altura.',
      },
    },
    'product-defect': {
      formal: {
        topic: 'el defecto de nuestro producto',
        headline: 'Nuestro producto no estuvo a la altura y pedimos disculpas.',
        headlineNoApology: 'Nuestro producto no estuvo a la altura. Esto es lo que ocurrió.',
        own: 'La responsabilidad es nuestra.',
        regret: 'Pedimos disculpas a cada cliente afectado.',
        harm: 'Nuestros clientes pagaron por un producto que debía funcionar, y no funcionó.',
      },
      warm: {
        topic: 'el problema con nuestro producto',
        headline: 'Nos equivocamos con este producto y lo sentimos.',
        headlineNoApology: 'Nos equivocamos con este producto. Esto es lo que pasó.',
        own: 'Nos equivocamos y es responsabilidad nuestra.',
        regret: 'Lo sentimos: confiaste en nosotros y te fallamos.',
        harm: 'Confiaste en nosotros y te fallamos.',
      },
    },
    'offensive-post': {
      formal: {
        topic: 'las reacciones a nuestra publicación',
        headline: 'Nuestra publicación fue un error y pedimos disculpas.',
        headlineNoApology: 'Nuestra publicación fue un error. Esto es lo que ocurrió.',
        own: 'Publicarla fue un error nuestro.',
        regret: 'Pedimos disculpas a todas las personas a las que hizo daño.',
        harm: 'Hizo daño a muchas personas, y entendemos por qué.',
      },
      warm: {
        topic: 'nuestra publicación',
        headline: 'Publicamos algo que hizo daño. Lo sentimos.',
        headlineNoApology: 'Publicamos algo que hizo daño. Esto es lo que pasó.',
        own: 'Publicarlo fue un error nuestro y no tiene excusa.',
        regret: 'Te pedimos perdón por el daño que causó.',
        harm: 'Hizo daño, y entendemos por qué.',
      },
    },
    'staff-misconduct': {
      formal: {
        topic: 'la actuación de un miembro de nuestro equipo',
        headline: 'Lo ocurrido es inaceptable y pedimos disculpas.',
        headlineNoApology: 'Lo ocurrido es inaceptable. Esto es lo que estamos haciendo.',
        own: 'El trato que recibe cada cliente es responsabilidad nuestra, y esta vez fallamos.',
        regret: 'Pedimos disculpas a las personas afectadas y a todos los que esperan más de nosotros.',
        harm: 'Nadie debería recibir ese trato de alguien de nuestro equipo.',
      },
      warm: {
        topic: 'el comportamiento de un miembro de nuestro equipo',
        headline: 'Lo que pasó no está bien. Lo sentimos.',
        headlineNoApology: 'Lo que pasó no está bien. Esto es lo que estamos haciendo.',
        own: 'Cómo te trata nuestro equipo es cosa nuestra, y esta vez fallamos.',
        regret: 'Lo sentimos de verdad, sobre todo por quienes lo vivieron.',
        harm: 'Nadie debería recibir ese trato de alguien de nuestro equipo.',
      },
    },
    'data-incident': {
      formal: {
        topic: 'el incidente de seguridad de datos',
        headline: 'No protegimos sus datos como debíamos. Pedimos disculpas.',
        headlineNoApology: 'No protegimos sus datos como debíamos. Esto es lo que ocurrió.',
        own: 'Proteger sus datos es nuestra responsabilidad, y fallamos.',
        regret: 'Pedimos disculpas por la preocupación que esto causa.',
        harm: 'Entendemos la preocupación que esto causa.',
      },
      warm: {
        topic: 'el problema de seguridad con tus datos',
        headline: 'No cuidamos tus datos como debíamos. Lo sentimos.',
        headlineNoApology: 'No cuidamos tus datos como debíamos. Esto es lo que pasó.',
        own: 'Cuidar tus datos es nuestro trabajo, y fallamos.',
        regret: 'Lo sentimos. Sabemos lo inquietante que es.',
        harm: 'Sabemos lo inquietante que es.',
      },
    },
    'viral-complaint': {
      formal: {
        topic: 'la queja difundida en redes sociales',
        headline: 'La queja está justificada y pedimos disculpas.',
        headlineNoApology: 'La queja está justificada. Esto es lo que ocurrió.',
        own: 'La crítica es justa y la culpa es nuestra.',
        regret: 'Pedimos disculpas a este cliente y a cualquiera que haya vivido algo parecido.',
        harm: 'Este cliente merecía algo mejor, igual que cualquiera que haya vivido algo parecido.',
      },
      warm: {
        topic: 'la queja que has visto en redes',
        headline: 'Quien se quejó tenía razón. Lo sentimos.',
        headlineNoApology: 'Quien se quejó tenía razón. Esto es lo que pasó.',
        own: 'La crítica es justa y la culpa es nuestra.',
        regret: 'Lo sentimos, por esta persona y por cualquiera que haya pasado por lo mismo.',
        harm: 'Esa persona merecía algo mejor, igual que cualquiera que haya pasado por lo mismo.',
      },
    },
    'false-rumour': {
      formal: {
        topic: 'las informaciones falsas sobre nosotros',
        headline: 'Lo que se está diciendo sobre nosotros no es cierto.',
        headlineNoApology: 'Lo que se está diciendo sobre nosotros no es cierto.',
        own: '',
        regret: 'Pedimos disculpas por la confusión.',
        harm: '',
      },
      warm: {
        topic: 'el bulo que circula sobre nosotros',
        headline: 'Ese bulo sobre nosotros no es verdad.',
        headlineNoApology: 'Ese bulo sobre nosotros no es verdad.',
        own: '',
        regret: 'Perdón por la confusión.',
        harm: '',
      },
    },
  },
  commonWords:
    'el la los las un una unos unas todo toda todos todas algunos algunas muchos muchas nuestro nuestra nuestros nuestras cada varios varias clientes usuarios personas quienes hay se ya nos no hemos vamos estamos cerramos esta este estos estas manana hoy antes dentro en pasado sobre hacia tu tus su sus vuestro vuestra desde durante'.split(
      ' ',
    ),
};

export const WORDING: Record<Locale, LocaleWording> = { es, en };

/** Labels for the kinds, crisis types and tones, per locale (for selects in the builder). */
export function labels(locale: Locale): LocaleWording['labels'] {
  return WORDING[locale].labels;
}

/** The contact sentence for each kind of contact, gated on the kind detected in the input. */
function contactSlot(tone: ToneWording, level: 1 | 2, para: number): Slot {
  const c = tone.contact;
  return {
    part: 'contact',
    level,
    para,
    long: [
      `{?contactEmail}${c.email}`,
      `{?contactUrl}${c.url}`,
      `{?contactHandle}${c.handle}`,
      `{?contactPhone}${c.phone}`,
      `{?contactOther}${c.other}`,
    ],
  };
}

function nextSlot(tone: ToneWording, para: number): Slot {
  return { part: 'next', level: 1, para, long: [tone.nextUpdate, tone.nextUpdateFallback] };
}

function slotsFor(kind: StatementKind, type: TypeWording, tone: ToneWording, rumour: boolean): Slot[] {
  const r = tone.rumour;
  if (rumour) {
    if (kind === 'holding') {
      return [
        { part: 'headline', level: 1, para: 0, long: [r.holdingHeadline], short: [] },
        { part: 'facts', level: 1, para: 1, long: [r.claim], short: [r.claim, r.claimNone] },
        { part: 'ack', level: 1, para: 1, long: [r.checking] },
        { part: 'apology', level: 2, para: 1, long: [`{?apology}${type.regret}`] },
        { part: 'fix', level: 2, para: 2, long: ['{Fix}.'] },
        nextSlot(tone, 3),
        contactSlot(tone, 2, 3),
      ];
    }
    if (kind === 'follow-up') {
      return [
        { part: 'headline', level: 1, para: 0, long: [tone.followUpHeadline], short: [] },
        { part: 'opener', level: 1, para: 1, long: [], short: [tone.followUpOpener] },
        { part: 'facts', level: 1, para: 1, long: [r.followUpClaim] },
        { part: 'own', level: 1, para: 1, long: ['{Cause}.'] },
        { part: 'fix', level: 2, para: 2, long: ['{Fix}.'] },
        { part: 'prevention', level: 3, para: 2, long: ['{Prevention}.'] },
        { part: 'apology', level: 3, para: 3, long: [`{?apology}${type.regret}`] },
        nextSlot(tone, 3),
        contactSlot(tone, 2, 3),
        { part: 'thanks', level: 3, para: 3, long: [tone.thanks] },
      ];
    }
    return [
      { part: 'headline', level: 1, para: 0, long: [type.headline], short: [] },
      { part: 'facts', level: 1, para: 1, long: [r.claim, r.claimNone] },
      { part: 'ack', level: 1, para: 1, long: [], short: [r.denial] },
      { part: 'own', level: 1, para: 1, long: ['{Cause}.'] },
      { part: 'apology', level: 2, para: 1, long: [`{?apology}${type.regret}`] },
      { part: 'fix', level: 2, para: 2, long: ['{Fix}.'] },
      { part: 'prevention', level: 3, para: 2, long: ['{Prevention}.'] },
      nextSlot(tone, 3),
      contactSlot(tone, 2, 3),
    ];
  }
  if (kind === 'holding') {
    return [
      { part: 'headline', level: 1, para: 0, long: [tone.holdingHeadline], short: [] },
      { part: 'facts', level: 1, para: 1, long: ['{WhatHappened}.'] },
      {
        part: 'ack',
        level: 1,
        para: 1,
        long: [tone.holdingNow],
        short: [`{?whatHappened}${tone.holdingAck}`, `{!whatHappened}${tone.holdingAckNoFacts}`],
      },
      { part: 'who', level: 3, para: 1, long: [tone.whoAffectedNow] },
      { part: 'apology', level: 2, para: 1, long: [`{?apology}${type.regret}`] },
      { part: 'fix', level: 2, para: 2, long: ['{Fix}.'] },
      nextSlot(tone, 3),
      contactSlot(tone, 2, 3),
    ];
  }
  if (kind === 'follow-up') {
    return [
      { part: 'headline', level: 1, para: 0, long: [tone.followUpHeadline], short: [] },
      { part: 'opener', level: 1, para: 1, long: [], short: [tone.followUpOpener] },
      { part: 'facts', level: 2, para: 1, long: ['{WhatHappened}.'] },
      { part: 'fix', level: 1, para: 1, long: [`${tone.progressIntro} {Fix}.`], short: ['{Fix}.'] },
      { part: 'cause', level: 3, para: 2, long: [`${tone.causeIntro} {Cause}.`], short: ['{Cause}.'] },
      {
        part: 'prevention',
        level: 2,
        para: 2,
        long: [`${tone.preventionIntro} {Prevention}.`],
        short: ['{Prevention}.'],
      },
      { part: 'apology', level: 3, para: 3, long: [`{?apology}${tone.followUpApology}`] },
      nextSlot(tone, 3),
      contactSlot(tone, 2, 3),
      { part: 'thanks', level: 3, para: 3, long: [tone.thanks] },
    ];
  }
  return [
    {
      part: 'headline',
      level: 1,
      para: 0,
      long: [`{?apology}${type.headline}`, `{!apology}${type.headlineNoApology}`],
      short: [],
    },
    { part: 'facts', level: 1, para: 1, long: ['{WhatHappened}.'] },
    { part: 'who', level: 3, para: 1, long: [tone.whoAffected] },
    {
      part: 'own',
      level: 1,
      para: 1,
      long: [type.own],
      short: [`{?apology}${tone.ownApologyShort}`, `{!apology}${tone.ownShort}`],
    },
    { part: 'apology', level: 1, para: 1, long: [`{?apology}${type.harm}`], short: [] },
    { part: 'cause', level: 2, para: 2, long: [`${tone.causeIntro} {Cause}.`], short: ['{Cause}.'] },
    { part: 'fix', level: 1, para: 3, long: [`${tone.fixIntro} {Fix}.`], short: ['{Fix}.'] },
    {
      part: 'prevention',
      level: 2,
      para: 3,
      long: [`${tone.preventionIntro} {Prevention}.`],
      short: ['{Prevention}.'],
    },
    nextSlot(tone, 4),
    contactSlot(tone, 2, 4),
  ];
}

/**
 * Template wording is trusted text: `{topic}` is filled here, once, never from user input. In
 * Spanish, "de el" and "a el" contract ("lo del problema", "al equipo").
 */
function withTopic(slot: Slot, topic: string, locale: Locale): Slot {
  const contract = (text: string) =>
    locale === 'es' ? text.replace(/\bde el\b/gu, 'del').replace(/\ba el\b/gu, 'al') : text;
  const fill = (list: readonly string[]) => list.map((s) => contract(s.replaceAll('{topic}', topic)));
  return slot.short === undefined
    ? { ...slot, long: fill(slot.long) }
    : { ...slot, long: fill(slot.long), short: fill(slot.short) };
}

export function templateId(kind: StatementKind, crisisType: CrisisType, tone: Tone): TemplateId {
  return `${kind}/${crisisType}/${tone}`;
}

/** The template for one combination. Unknown values fall back to a full, formal, service-outage statement. */
export function templateFor(kind: StatementKind, crisisType: CrisisType, tone: Tone, locale: Locale): Template {
  const lang: Locale = locale === 'en' ? 'en' : 'es';
  const k: StatementKind = STATEMENT_KINDS.includes(kind) ? kind : 'full';
  const c: CrisisType = CRISIS_TYPES.includes(crisisType) ? crisisType : 'service-outage';
  const t: Tone = TONES.includes(tone) ? tone : 'formal';
  const wording = WORDING[lang];
  const toneWording = wording.tones[t];
  const type = wording.types[c][t];
  const l = wording.labels;
  return {
    id: templateId(k, c, t),
    locale: lang,
    kind: k,
    crisisType: c,
    tone: t,
    title: `${l.kinds[k]} · ${l.crisisTypes[c]} · ${l.tones[t]}`,
    slots: slotsFor(k, type, toneWording, c === 'false-rumour').map((slot) => withTopic(slot, type.topic, lang)),
    greeting: toneWording.greeting,
    signOff: toneWording.signOff,
  };
}

/** Every template of a locale, kind by kind, then crisis type, then tone. */
export function listTemplates(locale: Locale): Template[] {
  return STATEMENT_KINDS.flatMap((kind) =>
    CRISIS_TYPES.flatMap((crisisType) => TONES.map((tone) => templateFor(kind, crisisType, tone, locale))),
  );
}

/** Whether a statement of this crisis type apologises when the input does not say. */
export function defaultApology(input: Pick<StatementInput, 'crisisType' | 'apology'>): boolean {
  return typeof input.apology === 'boolean' ? input.apology : input.crisisType !== 'false-rumour';
}
