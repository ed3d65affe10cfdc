package vn.tcc.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.annotation.FacesConfig;

/** Turns on Faces 4 CDI integration for the WAR. */
@FacesConfig
@ApplicationScoped
public class FacesConfiguration {}
