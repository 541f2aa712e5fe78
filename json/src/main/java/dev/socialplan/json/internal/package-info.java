/**
 * Not API: the property tables that map each socialplan value to and from JSON. Types here may
 * change in any release; use {@link dev.socialplan.json.SocialplanJson} or
 * {@link dev.socialplan.json.SocialplanModule}.
 */
@NullMarked
package dev.socialplan.json.internal;

import org.jspecify.annotations.NullMarked;
