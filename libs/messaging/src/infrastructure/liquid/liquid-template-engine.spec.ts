import { describe, expect, it } from '@jest/globals';
import { InvalidInputError } from '@leadline/shared-kernel/domain';
import {
  MissingVariablesError, renderForSending, renderTemplate, Template, TemplateSyntaxError, TemplateTooLongError, whatsappParameters,
  type TemplateDefinition,
} from '../../domain/index.js';
import { LiquidTemplateEngine } from './liquid-template-engine.js';

const TENANT = '0190a8f2-0000-7000-8000-000000000001';
const engine = new LiquidTemplateEngine();

const telegram = (content: string, more: Partial<TemplateDefinition> = {}): TemplateDefinition => ({
  name: 'Bienvenida', channel: 'telegram', agentType: null, subject: null, content, defaults: {}, whatsapp: null, ...more,
});
const template = (content: string, more: Partial<TemplateDefinition> = {}) => Template.create(TENANT, telegram(content, more), engine).snapshot;

function syntaxErrorOf(definition: TemplateDefinition): TemplateSyntaxError {
  try {
    Template.create(TENANT, definition, engine);
  } catch (error) {
    if (error instanceof TemplateSyntaxError) return error;
    throw error;
  }
  throw new Error('no syntax error');
}

describe('templates: Liquid output tags through liquidjs', () => {
  it('lists the variables of subject and content in order of first use, each once', () => {
    const email = Template.create(TENANT, {
      ...telegram('Hola {{ first_name }}, {{ advisor_name }} te llama. {{first_name}}'), channel: 'email', subject: 'Cita con {{ advisor_name }}',
    }, engine);
    expect(email.snapshot.variables).toEqual(['advisor_name', 'first_name']);
  });

  it.each([
    ['Hola {{ name', 1, 6],
    ['Hola\n  {{ name', 2, 3],
    ['Hola {{ name | no_such_filter }}', 1, 6],
    ['{% if name %}Hola{% endif %}', 1, 1],
    ['Hola {% include "secrets.txt" %}', 1, 6],
    ['Hola {{ contact.name }}', 1, 9],
  ])('refuses %j as template.invalid_syntax at line %i, column %i', (content, line, column) => {
    const error = syntaxErrorOf(telegram(content));
    expect(error).toMatchObject({ code: 'template.invalid_syntax', part: 'content', line, column });
  });

  it('names the subject when the error is there', () => {
    expect(syntaxErrorOf({ ...telegram('Hola'), channel: 'email', subject: 'Hola {{ name' })).toMatchObject({ part: 'subject', line: 1 });
  });

  it('never evaluates JavaScript: an expression is a plain lookup that the flat context refuses', () => {
    expect(() => template('{{ constructor.constructor("return process")() }}')).toThrow(TemplateSyntaxError);
    expect(renderTemplate(template('{{ name }}'), { name: '{{ 7 * 7 }}' }, engine).rendered).toBe('{{ 7 * 7 }}');
  });
});

describe('rendering for a lead', () => {
  const greeting = template('Hola {{ name | default: "amigo" }}, soy {{ advisor_name }} en {{ location }}.', { defaults: { location: 'tu zona' } });

  it('uses the value, else the inline default, else the template default, and says which took a default', () => {
    expect(renderTemplate(greeting, { name: 'María', advisor_name: 'Laura', location: 'Polanco' }, engine)).toEqual({
      ok: true, subject: null, rendered: 'Hola María, soy Laura en Polanco.', usedDefaults: [], missing: [], length: 33, limit: 4096,
    });
    expect(renderTemplate(greeting, { name: null, advisor_name: 'Laura', location: '  ' }, engine)).toMatchObject({
      ok: true, rendered: 'Hola amigo, soy Laura en tu zona.', usedDefaults: ['name', 'location'], missing: [],
    });
  });

  it('renders nothing when a variable has no value and no default: "Hola ," is impossible', () => {
    for (const advisor of [undefined, null, '', '   ']) {
      const outcome = renderTemplate(greeting, { name: 'María', advisor_name: advisor }, engine);
      expect(outcome).toMatchObject({ ok: false, rendered: null, subject: null, missing: ['advisor_name'] });
      expect(() => renderForSending(greeting, { name: 'María', advisor_name: advisor }, engine)).toThrow(MissingVariablesError);
    }
    const error = (() => { try { renderForSending(template('{{ a }} {{ b }} {{ a }}'), {}, engine); } catch (e) { return e; } })();
    expect(error).toMatchObject({ code: 'template.missing_variable', variables: ['a', 'b'] });
  });

  it('needs the inline default on every tag that uses the variable, and a non-empty literal one', () => {
    expect(renderTemplate(template('{{ name | default: "amigo" }} / {{ name }}'), {}, engine).missing).toEqual(['name']);
    expect(renderTemplate(template('Hola {{ name | default: "" }},'), {}, engine).missing).toEqual(['name']);
    expect(renderTemplate(template('Hola {{ name | default: other }},'), { other: 'x' }, engine).missing).toEqual(['name']);
    expect(renderTemplate(template('Hola {{ name | upcase | default: "AMIGO" }}'), {}, engine).rendered).toBe('Hola AMIGO');
  });

  it('renders numbers and booleans of the context as text', () => {
    expect(renderTemplate(template('{{ score }} {{ attempts | plus: 1 }} {{ first_call_completed }}'), { score: 87, attempts: 2, first_call_completed: true }, engine)
      .rendered).toBe('87 3 true');
  });

  it("refuses a rendering over the channel's limit", () => {
    const long = template('{{ text }}');
    expect(renderTemplate(long, { text: 'x'.repeat(4097) }, engine)).toMatchObject({ ok: false, length: 4097, limit: 4096 });
    expect(() => renderForSending(long, { text: 'x'.repeat(4097) }, engine)).toThrow(TemplateTooLongError);
    const whatsapp = Template.create(TENANT, { ...telegram('{{ text }}'), channel: 'whatsapp' }, engine).snapshot;
    expect(renderTemplate(whatsapp, { text: 'x'.repeat(1025) }, engine)).toMatchObject({ ok: false, limit: 1024 });
  });

  it('fills the approved WhatsApp template positionally, refusing an empty parameter', () => {
    const mapped = Template.create(TENANT, {
      ...telegram('Hola {{ first_name }}'), channel: 'whatsapp', defaults: { advisor_name: 'tu asesor' },
      whatsapp: { templateName: 'seguimiento_plan', language: 'es_MX', parameters: ['first_name', 'advisor_name'] },
    }, engine).snapshot;
    expect(whatsappParameters(mapped, { first_name: 'Ana' })).toEqual(['Ana', 'tu asesor']);
    expect(() => whatsappParameters(mapped, { first_name: ' ' })).toThrow(MissingVariablesError);
  });
});

describe('template rules', () => {
  it.each([
    ['an email without subject', { channel: 'email' as const }, 'subject'],
    ['a subject on telegram', { subject: 'Hola' }, 'subject'],
    ['a default for no variable', { defaults: { nmae: 'x' } }, 'defaults.nmae'],
    ['a blank default', { defaults: { name: '  ' } }, 'defaults.name'],
    ['a WhatsApp mapping on telegram', { whatsapp: { templateName: 'x', language: 'es', parameters: [] } }, 'whatsapp'],
    ['blank content', { content: '   ' }, 'content'],
    ['content longer than telegram takes', { content: 'x'.repeat(4097) }, 'content'],
    ['a blank name', { name: ' ' }, 'name'],
  ])('refuses %s (field %s)', (_case, more, field) => {
    expect(() => Template.create(TENANT, telegram('Hola {{ name }}', more), engine)).toThrow(InvalidInputError);
    try {
      Template.create(TENANT, telegram('Hola {{ name }}', more), engine);
    } catch (error) {
      expect((error as InvalidInputError).field).toBe(field);
    }
  });

  it.each([
    [{ templateName: 'Seguimiento Plan', language: 'es_MX', parameters: [] }, 'whatsapp.template_name'],
    [{ templateName: 'seguimiento', language: 'español', parameters: [] }, 'whatsapp.language'],
    [{ templateName: 'seguimiento', language: 'es', parameters: ['first name'] }, 'whatsapp.parameters.0'],
  ])('refuses the WhatsApp mapping %j (field %s)', (whatsapp, field) => {
    try {
      Template.create(TENANT, { ...telegram('Hola'), channel: 'whatsapp', whatsapp }, engine);
      throw new Error('accepted');
    } catch (error) {
      expect((error as InvalidInputError).field).toBe(field);
    }
  });

  it('goes up one version on every replace, changed or not, and records what changed', () => {
    const created = Template.create(TENANT, telegram('Hola {{ name }}'), engine);
    created.pullEvents();
    const loaded = Template.rehydrate(created.snapshot);
    loaded.replace(telegram('Buenas {{ name }}'), engine);
    expect(loaded.snapshot.version).toBe(2);
    expect(loaded.pullEvents()[0]).toMatchObject({
      type: 'template.updated', payload: { changes: { content: { from: 'Hola {{ name }}', to: 'Buenas {{ name }}' } } },
    });
    const again = Template.rehydrate(loaded.snapshot);
    again.replace(telegram('Buenas {{ name }}'), engine);
    expect(again.snapshot.version).toBe(3);
  });
});
