package dev.socialplan.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of every value type in socialplan (a meta-annotation placed on each
 * {@code package-info}). <strong>Not API.</strong>
 *
 * <p>The generated implementation is package-private and overshadowed by the hand-written abstract
 * type, so no {@code Immutable*} name reaches users: they call {@code X.builder()} or {@code
 * X.of(...)} on the public type. Generated code uses only the JDK (no Guava in signatures or at run
 * time), collections are {@code java.util} unmodifiable copies, and attribute names are the plain
 * accessor names ({@code name()}, not {@code getName()}).
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    jdkOnly = true,
    depluralize = true,
    // Plurals the default rule (drop the final 's') gets wrong: addWeakness, not addWeaknesse.
    depluralizeDictionary = {"weakness:weaknesses"},
    defaults = @Value.Immutable(copy = true),
    optionalAcceptNullable = false,
    privateNoargConstructor = false,
    allParameters = false,
    // Immutables would otherwise add whatever annotations it finds on the classpath (JSR-305's,
    // which twitter-text brings along), so the generated code would depend on the dependency tree.
    allowedClasspathAnnotations = {Override.class})
public @interface ValueStyle {}
