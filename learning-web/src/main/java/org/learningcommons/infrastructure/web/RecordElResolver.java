package org.learningcommons.infrastructure.web;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * Lets pages read the components of Java records ({@code #{profile.displayName}}) as properties.
 * Expression Language 5 (Jakarta EE 10) only knows JavaBeans getters; EL 6 adds this resolver
 * itself, and this class can go when the platform moves to it.
 */
public class RecordElResolver extends ELResolver {

  /*
   * Class.getRecordComponents() builds a new array by reflection on every call; a page with fifty
   * posts reads record components thousands of times, so the accessors are looked up once per
   * record class.
   */
  private static final ClassValue<Map<String, Method>> ACCESSORS =
      new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
          Map<String, Method> accessors = new HashMap<>();
          if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
              accessors.put(component.getName(), component.getAccessor());
            }
          }
          return Map.copyOf(accessors);
        }
      };

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    Method accessor = component(base, property);
    if (accessor == null) {
      return null;
    }
    try {
      Object value = accessor.invoke(base);
      context.setPropertyResolved(base, property);
      return value;
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new ELException("Cannot read " + property + " of " + base.getClass().getName(), e);
    }
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    if (component(base, property) == null) {
      return null;
    }
    context.setPropertyResolved(base, property);
    // Records are read-only: no type can be written.
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    if (component(base, property) != null) {
      throw new PropertyNotWritableException(
          property + " of " + base.getClass().getSimpleName() + " is read-only");
    }
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    if (component(base, property) != null) {
      context.setPropertyResolved(base, property);
      return true;
    }
    return false;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return base != null && base.getClass().isRecord() ? String.class : null;
  }

  private static Method component(Object base, Object property) {
    if (base == null || property == null || !base.getClass().isRecord()) {
      return null;
    }
    return ACCESSORS.get(base.getClass()).get(property.toString());
  }
}
