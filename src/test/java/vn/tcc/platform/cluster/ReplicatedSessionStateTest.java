package vn.tcc.platform.cluster;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * With {@code <distributable/>} (issue 20) every session- and view-scoped bean travels to the other
 * node with its session: each of its fields must be serializable, and so must what a collection
 * field holds (a record that is not Serializable inside a List fails only at replication time, on
 * the cluster, which no single-node test would see).
 */
class ReplicatedSessionStateTest {

  @Test
  void every_session_and_view_scoped_bean_holds_only_serializable_state() {
    List<String> problems = new ArrayList<>();
    int beans = 0;
    for (JavaClass javaClass :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.tcc")) {
      Class<?> type = javaClass.reflect();
      if (!type.isAnnotationPresent(SessionScoped.class)
          && !type.isAnnotationPresent(ViewScoped.class)
          && !type.isAnnotationPresent(ConversationScoped.class)) {
        continue;
      }
      beans++;
      if (!Serializable.class.isAssignableFrom(type)) {
        problems.add(type.getName() + " is not Serializable");
      }
      for (Class<?> level = type;
          level != null && level != Object.class;
          level = level.getSuperclass()) {
        for (Field field : level.getDeclaredFields()) {
          int modifiers = field.getModifiers();
          // Injected beans are Weld's serializable proxies or passivation-checked by Weld itself.
          if (Modifier.isStatic(modifiers)
              || Modifier.isTransient(modifiers)
              || field.isAnnotationPresent(Inject.class)
              || field.isSynthetic()) {
            continue;
          }
          Optional<String> why = unserializable(field.getGenericType());
          why.ifPresent(what -> problems.add(type.getName() + "." + field.getName() + ": " + what));
        }
      }
    }
    assertTrue(beans > 10, "found the scoped beans (" + beans + ")");
    assertTrue(problems.isEmpty(), "not replicable:\n" + String.join("\n", problems));
  }

  private static final java.util.Set<Class<?>> CHECKED = new java.util.HashSet<>();

  private static Optional<String> unserializable(Type type) {
    if (type instanceof Class<?> raw) {
      if (raw.isPrimitive() || Serializable.class.isAssignableFrom(raw)) {
        if (raw.isArray()) {
          return unserializable(raw.getComponentType());
        }
        // A record is serialized through its components: each must be serializable too.
        if (raw.isRecord() && CHECKED.add(raw)) {
          for (RecordComponent component : raw.getRecordComponents()) {
            Optional<String> inner = unserializable(component.getGenericType());
            if (inner.isPresent()) {
              return Optional.of(raw.getName() + "." + component.getName() + ": " + inner.get());
            }
          }
        }
        return Optional.empty();
      }
      // Object (a message's arguments): the strings and numbers it holds are serializable.
      if (raw == Object.class) {
        return Optional.empty();
      }
      // PrimeFaces' model interfaces (TreeNode...) are implemented by its serializable defaults.
      if (raw.isInterface() && raw.getName().startsWith("org.primefaces.model.")) {
        return Optional.empty();
      }
      if (raw.isArray()) {
        return unserializable(raw.getComponentType());
      }
      // An interface or an abstract type: what the field holds at run time decides; the containers
      // TCC uses (List.of, HashMap, ArrayList...) are serializable.
      if ((raw.isInterface() || Modifier.isAbstract(raw.getModifiers()))
          && (Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw))) {
        return Optional.empty();
      }
      return Optional.of(raw.getName() + " is not Serializable");
    }
    if (type instanceof ParameterizedType parameterized) {
      Optional<String> raw = unserializable(parameterized.getRawType());
      if (raw.isPresent()) {
        return raw;
      }
      for (Type argument : parameterized.getActualTypeArguments()) {
        Optional<String> inner = unserializable(argument);
        if (inner.isPresent()) {
          return inner;
        }
      }
      return Optional.empty();
    }
    if (type instanceof WildcardType wildcard) {
      for (Type bound : wildcard.getUpperBounds()) {
        if (bound != Object.class) {
          return unserializable(bound);
        }
      }
    }
    // Type variables: bound by the class that uses them.
    return Optional.empty();
  }
}
