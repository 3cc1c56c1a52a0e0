package org.sosqa.core.internal;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The model's record classes reachable from a root record through its components, including the element and
 * value types of lists and maps: the beans Bean Validation must know before the first document is read.
 * Worked out from the classes themselves, so a record added to the model is never forgotten.
 */
final class ModelClasses {

    private ModelClasses() {
    }

    static Set<Class<?>> reachableFrom(Class<?> root) {
        Set<Class<?>> found = new LinkedHashSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>();
        todo.add(root);
        while (!todo.isEmpty()) {
            Class<?> c = todo.poll();
            if (!c.isRecord() || !found.add(c)) {
                continue;
            }
            for (RecordComponent component : c.getRecordComponents()) {
                addTypes(component.getGenericType(), todo);
            }
        }
        return found;
    }

    private static void addTypes(Type type, Deque<Class<?>> todo) {
        if (type instanceof Class<?> c) {
            todo.add(c);
        } else if (type instanceof ParameterizedType p) {
            addTypes(p.getRawType(), todo);
            for (Type argument : p.getActualTypeArguments()) {
                addTypes(argument, todo);
            }
        }
    }
}
