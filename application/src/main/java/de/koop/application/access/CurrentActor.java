package de.koop.application.access;

/**
 * Who is acting in the running call, as the driving adapter that took it knows: the HTTP adapter from
 * the access token, koop's own jobs as {@link Actor#system()} (see {@link SystemJobs}). The adapter
 * authenticates; the application decides with the actor it is given.
 */
public interface CurrentActor {

    /** The actor of this call; {@link Actor#anonymous()} when nobody is signed in. */
    Actor actor();
}
